/**
 * Test blocks: which plan each tests, whether its given values fit the plan's inputs, whether its
 * periods exist and run in order, and whether each `expect` names a line the plan can pay.
 */
import type { PlanDecl, RecordLiteral, TestDecl } from '../syntax/ast.js';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { closestName } from './did-you-mean.js';
import type { CheckedPlan, CheckedTest } from './model.js';
import { checkExpectedValue, checkTestValue } from './test-values.js';
import { resolveExpectation } from './expectations.js';

export function checkTest(test: TestDecl, plans: readonly CheckedPlan[], diagnostics: Diagnostic[]): CheckedTest {
  const plan = planOf(test, plans, diagnostics);
  const checked = { decl: test, name: test.name.value, plan };
  if (!plan) return checked;

  const inputs = new Map(plan.inputs.map((i) => [i.name, i]));
  const givenNames = new Set<string>();
  const checkValues = (values: RecordLiteral, names: Set<string>) => {
    for (const field of values.fields) {
      names.add(field.name.name);
      const input = inputs.get(field.name.name);
      if (!input) {
        const suggestion = closestName(field.name.name, inputs.keys());
        diagnostics.push(
          createDiagnostic('PP2011', field.name.span, { name: field.name.name }, suggestion === undefined ? {} : {
            help: `did you mean \`${suggestion}\`?`,
            fixes: [{ title: `Change to \`${suggestion}\``, edits: [{ span: field.name.span, newText: suggestion }] }],
          }),
        );
        continue;
      }
      checkTestValue(field.value, input.type, `\`${input.name}\``, diagnostics);
    }
  };
  if (test.given) checkValues(test.given, givenNames);

  const periodHelp = { unit: plan.period, periods: plan.periodNames.join(', ') };
  const knownPeriod = (name: { name: string; span: { start: number; end: number } }) => {
    if (plan.periodNames.includes(name.name)) return true;
    diagnostics.push(createDiagnostic('PP2008', name.span, { name: name.name, ...periodHelp }));
    return false;
  };
  const periodInputs: Set<string>[] = [];
  test.periods.forEach((p, index) => {
    const names = new Set<string>();
    checkValues(p.values, names);
    periodInputs.push(names);
    if (knownPeriod(p.period) && plan.periodNames.indexOf(p.period.name) !== index) {
      diagnostics.push(createDiagnostic('PP5003', p.period.span, { first: plan.periodNames[0]!, name: p.period.name }));
    }
  });
  for (const input of plan.inputs) {
    if (input.decl.default !== null || givenNames.has(input.name)) continue;
    const everyPeriod = periodInputs.length > 0 && periodInputs.every((names) => names.has(input.name));
    if (!everyPeriod) diagnostics.push(createDiagnostic('PP2014', test.name.span, { name: input.name }));
  }

  const covered = Math.max(1, test.periods.length);
  for (const expect of test.expects) {
    if (expect.period) knownPeriod(expect.period);
    const resolved = resolveExpectation(expect, plan);
    if ('diagnostic' in resolved) {
      diagnostics.push(resolved.diagnostic);
      continue;
    }
    const { target, type } = resolved;
    if (target.kind !== 'line' && target.kind !== 'fact' && expect.period === null && covered > 1) {
      const line = expect.line.kind === 'String' ? expect.line.value : expect.line.name;
      const name = expect.of ? `${line}(${expect.of.name})` : line;
      diagnostics.push(createDiagnostic('PP2020', expect.line.span, { count: String(covered), name, last: plan.periodNames[covered - 1]! }));
    }
    checkExpectedValue(expect.value, type, diagnostics);
  }
  return checked;
}

function planOf(test: TestDecl, plans: readonly CheckedPlan[], diagnostics: Diagnostic[]): CheckedPlan | null {
  if (test.planName) {
    const name = test.planName.value;
    const plan = plans.find((p) => p.name === name);
    if (!plan) {
      const suggestion = closestName(name, plans.map((p) => p.name));
      diagnostics.push(
        createDiagnostic('PP2006', test.planName.span, { name }, suggestion === undefined ? {} : {
          help: `did you mean "${suggestion}"?`,
          fixes: [{ title: `Change to "${suggestion}"`, edits: [{ span: test.planName.span, newText: `"${suggestion}"` }] }],
        }),
      );
    }
    return plan ?? null;
  }
  if (plans.length === 1) return plans[0]!;
  if (plans.length > 1) {
    diagnostics.push(createDiagnostic('PP2013', test.name.span, { example: (plans[0]!.decl as PlanDecl).name.value }));
  }
  return null;
}
