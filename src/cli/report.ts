/** Prints the exposure report of `payplan check --report` as an aligned table, or as JSON data. */
import type { PlanReport } from '../check/report.js';
import type { Dec } from '../runtime/decimal.js';
import { amountString, formatMoney } from '../runtime/format.js';

const HEADERS = ['component', 'target/year', 'at 50%', 'at 100%', 'at 150%', 'at 200%', 'max/period', 'max/year'];

export function reportText(report: PlanReport): string {
  const money = (v: Dec | null, none = '—') => (v === null ? none : formatMoney(v, report.currency));
  const rows = report.components.map((c) => [
    c.name,
    money(c.annualTarget),
    ...[0, 1, 2, 3].map((i) => money(c.at[i]?.amount ?? null)),
    money(c.periodMax, 'uncapped'),
    money(c.yearMax, 'uncapped'),
  ]);
  const widths = HEADERS.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) =>
    `  ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')}`.trimEnd();
  return [
    `${report.plan}: what it pays per period (${report.currency}, ${report.periods} period${report.periods === 1 ? '' : 's'} a year)`,
    line(HEADERS),
    ...rows.map(line),
    `  the components pay at most ${money(report.yearMax, 'an uncapped amount')} a year`,
  ].join('\n');
}

export function reportJson(report: PlanReport): unknown {
  const money = (v: Dec | null) => (v === null ? null : amountString(v, report.currency));
  return {
    plan: report.plan,
    currency: report.currency,
    periods: report.periods,
    yearMax: money(report.yearMax),
    components: report.components.map((c) => ({
      name: c.name,
      rule: c.rule,
      annualTarget: money(c.annualTarget),
      periodTarget: money(c.periodTarget),
      at: c.at.map((p) => ({ attainment: `${p.attainment.times(100).toString()}%`, amount: money(p.amount) })),
      periodMax: money(c.periodMax),
      yearMax: money(c.yearMax),
    })),
  };
}
