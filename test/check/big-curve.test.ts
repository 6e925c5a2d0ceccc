/**
 * A payout curve of 10,000 bands checks with exactly its diagnostics (issue 10: the curve analyses
 * were quadratic in the number of bands). Not a timing test: bench/big.ts measures the time.
 */
import { describe, expect, it } from 'vitest';
import { curvePlan } from '../../bench/big-plans.js';
import { Program } from '../../src/program.js';
import { byPosition } from '../../src/diagnostics/diagnostic.js';

function diagnosticsOf(text: string): string[] {
  const program = new Program('big.payplan', text);
  return [...program.diagnostics].sort(byPosition).map((d) => {
    const line = text.slice(0, d.span.start).split('\n').length;
    return `${line} ${d.code} ${d.severity} ${d.message} \`${text.slice(d.span.start, d.span.end)}\``;
  });
}

describe('a curve of 10,000 bands', () => {
  it('checks clean', () => {
    expect(diagnosticsOf(curvePlan(10_000))).toEqual([]);
  });

  it('reports the one falling band and the band the cap makes unreachable', () => {
    const text = curvePlan(10_000, { fallAt: 7_000, capPercent: 199.98 });
    expect(diagnosticsOf(text)).toEqual([
      '7013 PP4021 warning the payout falls from 140.02% of target at 140.01% attainment to 140.01% at 140.02% `from 140% below 140.02%    -> linear 140.02% to 140%`',
      '10012 PP4029 warning this band always pays the cap (199.98% of target): the curve has reached it by 199.98% attainment `from 199.98%               -> slope 1`',
    ]);
  });
});
