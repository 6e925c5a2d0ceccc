/**
 * The brief's worked numbers, every one reproduced exactly by compiling a small plan and paying it.
 * One row per case; amounts are exact decimal strings.
 */
import { describe, expect, it } from 'vitest';
import { compile } from '../src/index.js';
import { Program } from '../src/program.js';

function pay(plan: string, data: Record<string, unknown>, line: string): string {
  const result = compile(plan);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const statement = result.plans[0]!.run({ periods: [data] });
  return statement.totals.find((t) => t.name === line)?.amount ?? 'no line';
}

const header = (mix: string, ote = '$100,000') => `currency USD\n  period year\n  ote ${ote}\n  mix ${mix}`;

describe("the brief's worked numbers", () => {
  it('pay mix 75/25 of $100,000 → base $75,000, variable $25,000', () => {
    const plan = new Program('p', `plan "P" {\n  ${header('75% base / 25% variable')}\n  component C { payout base + variable }\n}`).checked.plans[0]!;
    expect(plan.ote!.times(plan.mix!.base).toFixed(2)).toBe('75000.00');
    expect(plan.ote!.times(plan.mix!.variable).toFixed(2)).toBe('25000.00');
  });

  it('variable split 75/25 → retention $18,750, expansion $6,250', () => {
    const text = `plan "P" {\n  ${header('75% base / 25% variable')}\n  input att: Percent\n  component Retention weight 75% { attainment att\n payout curve { from 0% -> 100% } }\n  component Expansion weight 25% { attainment att\n payout curve { from 0% -> 100% } }\n}`;
    const plan = new Program('p', text).checked.plans[0]!;
    expect(plan.components.map((c) => c.annualTarget!.toFixed(2))).toEqual(['18750.00', '6250.00']);
    expect(pay(text, { att: '100%' }, 'Retention')).toBe('18750.00');
    expect(pay(text, { att: '100%' }, 'Expansion')).toBe('6250.00');
  });

  const slidingScale = `plan "P" {\n  ${header('75% base / 25% variable')}\n  input att: Percent\n  component Retention weight 75% {\n    attainment att\n    payout curve {\n      below 85% -> 0%\n      from 85% below 100% -> linear 50% to 100%\n      from 100% -> slope 2\n    }\n    cap 150% of target\n  }\n  component Rest weight 25% { payout $0 }\n}`;

  it.each([
    ['95%', '15625.00'],
    ['84.99%', '0.00'],
    ['85%', '9375.00'],
    ['100%', '18750.00'],
    ['110%', '22500.00'],
    ['200%', '28125.00'],
  ])('sliding scale at %s pays %s of an $18,750 target', (att, amount) => {
    expect(pay(slidingScale, { att }, 'Retention')).toBe(amount);
  });

  const ae = (mode: string, bands: string) =>
    `plan "AE" {\n  currency USD\n  input quota: Money\n  input bookings: Money\n  component NewBusiness {\n    commission on bookings ${mode} {\n${bands}\n    }\n  }\n}`;

  it('marginal accelerator: 8% to 100% of a $500,000 quota, 12% above, on $600,000 → $52,000', () => {
    const plan = ae('marginal', '      up to 100% of quota -> 8%\n      above 100% of quota -> 12%');
    expect(pay(plan, { quota: '$500,000', bookings: '$600,000' }, 'NewBusiness')).toBe('52000.00');
  });

  it('retroactive accelerator: 12% on everything at ≥ 100% → $72,000', () => {
    const plan = ae('retroactive', '      below 100% of quota -> 8%\n      from 100% of quota -> 12%');
    expect(pay(plan, { quota: '$500,000', bookings: '$600,000' }, 'NewBusiness')).toBe('72000.00');
  });

  it('quota:OTE: fixed $60k of $100k OTE and a $500k quota → variable $40k, rate 8%, ratio 5:1', () => {
    const plan = new Program('p', `plan "P" {\n  ${header('60% base / 40% variable')}\n  component C { payout $0 }\n}`).checked.plans[0]!;
    const variable = plan.ote!.times(plan.mix!.variable);
    expect(variable.toFixed(2)).toBe('40000.00');
    expect(variable.div(500_000).times(100).toFixed()).toBe('8');
    expect(plan.ote!.times(5).toFixed()).toBe('500000');
  });

  const grr = `plan "R" {\n  currency USD\n  input renewals: Money\n  input grr: Percent\n  component Renewal {\n    commission on renewals by grr {\n      below 75% -> 1%\n      from 75% up to 90% -> 3%\n      above 90% -> 5%\n    }\n  }\n}`;
  it.each([
    ['92%', '50000.00'],
    ['90%', '30000.00'],
    ['75%', '30000.00'],
    ['74.9%', '10000.00'],
  ])('GRR-tiered renewal commission at GRR %s on $1,000,000 → %s', (g, amount) => {
    expect(pay(grr, { renewals: '$1,000,000', grr: g }, 'Renewal')).toBe(amount);
  });

  it('pay mix 90/10 of TTCC $120,000 → base $108,000, variable $12,000', () => {
    const plan = new Program('p', `plan "P" {\n  ${header('90% base / 10% variable', '$120,000')}\n  component C { payout base }\n}`).checked.plans[0]!;
    expect(plan.ote!.times(plan.mix!.base).toFixed(2)).toBe('108000.00');
    expect(plan.ote!.times(plan.mix!.variable).toFixed(2)).toBe('12000.00');
  });

  it('implementation fee: one-time 2% of $80,000 → $1,600', () => {
    const plan = `plan "I" {\n  currency USD\n  input implementation_revenue: Money\n  component ImplementationFee { commission on implementation_revenue at 2% }\n}`;
    expect(pay(plan, { implementation_revenue: '$80,000' }, 'ImplementationFee')).toBe('1600.00');
  });
});
