/**
 * Every example plan, compiled to a real ES module on disk and loaded with `import()`, pays its
 * sample data and its test blocks exactly as the reference evaluator does: the same statements,
 * down to every explanation string, and the same PayoutError (code and args) for bad rows.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/compile/interpret.js';
import { inputSpecs } from '../../src/compile/shape.js';
import type { PayeeData } from '../../src/runtime/payee.js';
import { examplePlans, importGenerated, outcome, type ExamplePlan } from './emit-harness.js';

const examples = examplePlans();

/** Rows that break the data in each way a PayoutError names, built from a plan's first sample. */
function badRows(example: ExamplePlan): { why: string; data: PayeeData }[] {
  const sample = example.samples[0] ?? example.tests[0]!;
  const specs = inputSpecs(example.plan, example.source);
  const periods = Object.entries(sample.periods as Record<string, Record<string, unknown>>);
  const [firstPeriod, firstRow] = periods[0]!;
  const rows: { why: string; data: PayeeData }[] = [];
  const withRow = (why: string, row: Record<string, unknown>) =>
    rows.push({ why, data: { ...sample, payee: why, periods: { ...(sample.periods as object), [firstPeriod]: row } } });
  const perPeriod = specs.filter((s) => !s.perYear);
  const required = perPeriod.find((s) => s.default === undefined);
  if (required) {
    const { [required.name]: _, ...rest } = firstRow;
    withRow(`missing ${required.name}`, rest);
    withRow(`${required.name} of the wrong type`, { ...firstRow, [required.name]: required.type.kind === 'text' ? 12 : 'twelve' });
  }
  const amount = perPeriod.find((s) => s.type.kind === 'money');
  if (amount) withRow(`${amount.name} in another currency`, { ...firstRow, [amount.name]: '100 JPY' });
  const list = perPeriod.find((s) => s.type.kind === 'list');
  if (list && list.type.kind === 'list' && list.type.element.kind === 'record') {
    const element = list.type.element;
    const enumField = element.fields.find((f) => f.type.kind === 'enum');
    const items = (firstRow[list.name] as Record<string, unknown>[] | undefined) ?? [];
    if (enumField && items.length > 0) {
      withRow(`an unknown ${enumField.name}`, { ...firstRow, [list.name]: [{ ...items[0], [enumField.name]: 'upsell' }] });
    }
  }
  rows.push({ why: 'a period the plan does not have', data: { ...sample, periods: { ...(sample.periods as object), P13: {} } } });
  rows.push({ why: 'too many periods', data: { ...sample, periods: Array.from({ length: example.plan.periodNames.length + 1 }, () => firstRow) } });
  rows.push({ why: 'a period that is not a record', data: { ...sample, periods: [42 as never] } });
  rows.push({ why: 'an undeclared field (a warning only)', data: { ...sample, periods: { [firstPeriod]: { ...firstRow, surprise: 1 } } } });
  return rows;
}

describe.each(examples.map((e) => [e.name, e] as const))('the generated module of %s', (name, example) => {
  it('exports the plan metadata and imports only decimal.js', async () => {
    const { module, path } = await importGenerated(example.plan, example.source, name);
    expect(module.plan).toEqual({ name: example.plan.name, currency: example.plan.currency, periods: example.plan.periodNames });
    const { readFileSync } = await import('node:fs');
    const imports = readFileSync(path, 'utf8').match(/^\s*import\b.*$/gm) ?? [];
    expect(imports).toEqual(["import { Decimal } from 'decimal.js';"]);
  });

  it('pays the sample data and the test blocks as the evaluator does', async () => {
    const { module } = await importGenerated(example.plan, example.source, name);
    const payees = [...example.samples, ...example.tests];
    expect(payees.length).toBeGreaterThan(0);
    for (const data of payees) {
      const expected = outcome(() => evaluate(example.plan, example.source, data));
      expect(outcome(() => module.run(data)), `payee ${data.payee}`).toEqual(expected);
    }
  });

  it('raises the same PayoutError as the evaluator for bad rows', async () => {
    const { module } = await importGenerated(example.plan, example.source, name);
    for (const { why, data } of badRows(example)) {
      const expected = outcome(() => evaluate(example.plan, example.source, data));
      expect('error' in expected, why).toBe(!why.includes('warning'));
      expect(outcome(() => module.run(data)), why).toEqual(expected);
    }
  });
});

it('the sample data includes rows the plans cannot pay, and the module names them the same way', async () => {
  let errors = 0;
  for (const example of examples) {
    const { module } = await importGenerated(example.plan, example.source, example.name);
    for (const data of example.samples) {
      const o = outcome(() => module.run(data));
      if ('error' in o) errors++;
    }
  }
  expect(errors).toBeGreaterThan(0);
});

it('runs in a plain Node process whose only package is decimal.js', async () => {
  const { execFileSync } = await import('node:child_process');
  const { mkdtempSync, mkdirSync, symlinkSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { emitModule } = await import('../../src/compile/emit-module.js');
  const example = examples.find((e) => e.name === 'ae-fy2026-marginal')!;
  const dir = mkdtempSync(`${tmpdir()}/payplan-embed-`);
  try {
    mkdirSync(`${dir}/node_modules`);
    symlinkSync(new URL('../../node_modules/decimal.js', import.meta.url).pathname, `${dir}/node_modules/decimal.js`, 'dir');
    writeFileSync(`${dir}/plan.mjs`, emitModule(example.plan, example.source).js);
    writeFileSync(
      `${dir}/main.mjs`,
      [
        "import { readFileSync } from 'node:fs';",
        "import { run, PayoutError } from './plan.mjs';",
        "const payees = JSON.parse(readFileSync(0, 'utf8'));",
        'const out = payees.map((p) => { try { return { statement: run(p) }; } catch (e) { if (e instanceof PayoutError) return { error: e.code, args: e.args }; throw e; } });',
        'process.stdout.write(JSON.stringify(out));',
      ].join('\n'),
    );
    const payees = [...example.samples, ...example.tests];
    const stdout = execFileSync(process.execPath, ['main.mjs'], { cwd: dir, input: JSON.stringify(payees), encoding: 'utf8' });
    expect(JSON.parse(stdout)).toEqual(payees.map((data) => outcome(() => evaluate(example.plan, example.source, data))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
