/**
 * Generators for large plans, used by bench/big.ts (`npm run bench:big`) and by the 10,000-band
 * check test. Run directly to write the plans to a directory:
 *   npx tsx bench/big-plans.ts <dir> [bands] [lines]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Percent with up to 4 decimals (the curve bounds: band i covers [i/100 %, (i+1)/100 %)). */
function pct(x: number): string {
  return `${(x / 100).toFixed(2).replace(/\.?0+$/, '')}%`;
}

export interface CurveOptions {
  /** This band (0-based) falls instead of rising: a PP4021 warning (the payout decreases). */
  readonly fallAt?: number;
  /** The cap, as a share of target: at 199.98% or below, the last (slope) band is unreachable (PP4029). */
  readonly capPercent?: number;
}

/**
 * One component whose payout curve has `bands` bands over 0%..200% attainment, each rising
 * linearly from its lower bound to its upper bound, then a run-on slope band; capped at 300% of
 * target unless `options` say otherwise.
 */
export function curvePlan(bands: number, options: CurveOptions = {}): string {
  const lines = [
    `plan "Curve with ${bands} bands" {`,
    '  currency USD',
    '  period quarter',
    '  ote $100,000',
    '  mix 50% base / 50% variable',
    '',
    '  input quota: Money must be positive',
    '  input bookings: Money',
    '',
    '  component Bookings weight 100% {',
    '    attainment bookings / quota',
    '    payout curve {',
  ];
  const step = 20000 / bands; // attainment in hundredths of a percent: bands over 0%..200%
  const at = (i: number) => Math.round(i * step);
  const rows: [string, string][] = [];
  for (let i = 0; i < bands - 1; i++) {
    const [from, to] = i === options.fallAt ? [at(i + 1), at(i)] : [at(i), at(i + 1)];
    rows.push([`from ${pct(at(i))} below ${pct(at(i + 1))}`, `linear ${pct(from)} to ${pct(to)}`]);
  }
  rows.push([`from ${pct(at(bands - 1))}`, 'slope 1']);
  // Written as `payplan fmt` writes it: the arrows aligned.
  const width = Math.max(...rows.map(([l]) => l.length));
  for (const [l, r] of rows) lines.push(`      ${l.padEnd(width)} -> ${r}`);
  lines.push('    }', `    cap ${options.capPercent ?? 300}% of target`, '  }', '}', '');
  lines.push('test "at target" {', '  given { quota: $100,000, bookings: $100,000 }', '  expect Bookings = $12,500', '}', '');
  return lines.join('\n');
}

/**
 * A plan of about `lines` lines: many inputs, lets and components (formulas, commission tables and
 * curves), and a few tests.
 */
export function largePlan(lines: number): string {
  const out = ['// A generated large plan: 31 lines per group (25 in the plan, 6 in the tests).', 'plan "Large generated plan" {', '  currency USD', '  period quarter', '  ote $1,000,000', '  mix 50% base / 50% variable', ''];
  const groups = Math.max(1, Math.floor(lines / 31));
  // The curve weights add up to exactly 100%, in millionths of a percent; the last takes the rest.
  const micro = Math.floor(100_000_000 / groups);
  const weight = (g: number) => {
    const w = g === groups - 1 ? 100_000_000 - micro * (groups - 1) : micro;
    return `${(w / 1_000_000).toFixed(6).replace(/\.?0+$/, '')}%`;
  };
  for (let g = 0; g < groups; g++) {
    out.push(
      `  // group ${g}`,
      `  input quota_${g}: Money must be positive`,
      `  input sold_${g}: Money`,
      `  let att_${g} = sold_${g} / quota_${g}`,
      `  let extra_${g} = sold_${g} * 2% + quota_${g} * 1%`,
      '',
      `  component Curve_${g} weight ${weight(g)} {`,
      `    attainment att_${g}`,
      '    payout curve {',
      '      below 50%           -> 0%',
      '      from 50% up to 100% -> linear 25% to 100%',
      '      above 100%          -> slope 2',
      '    }',
      '    cap 200% of target',
      '  }',
      '',
      `  component Commission_${g} {`,
      `    commission on sold_${g} marginal {`,
      `      up to 100% of quota_${g} -> 1%`,
      `      above 100% of quota_${g} -> 2%`,
      '    }',
      '  }',
      '',
      `  component Extra_${g} {`,
      `    payout extra_${g}`,
      '  }',
    );
    if (g < groups - 1) out.push('');
  }
  out.push('}', '');
  for (let t = 0; t < 3; t++) {
    const given = [];
    for (let g = 0; g < groups; g++) given.push(`    quota_${g}: $100,000,`, `    sold_${g}: $${50 + t * 50},000,`);
    out.push(`test "test ${t}" {`, '  given {', ...given, '  }', `  expect Commission_0 = $${['500', '1,000', '2,000'][t]}`, '}', '');
  }
  return out.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'bench/out';
  const bands = Number(process.argv[3] ?? 10000);
  const lines = Number(process.argv[4] ?? 100000);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `curve-${bands}.payplan`), curvePlan(bands));
  writeFileSync(join(dir, `large-${lines}.payplan`), largePlan(lines));
  console.log(`wrote ${join(dir, `curve-${bands}.payplan`)} and ${join(dir, `large-${lines}.payplan`)}`);
}
