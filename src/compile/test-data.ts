/**
 * Turns the literal values of a test block into payee data, exactly as a data file would give
 * them, so test blocks exercise the same input reading as `payplan run`.
 */
import type { Expr, RecordLiteral, TestDecl } from '../syntax/ast.js';
import type { CheckedPlan } from '../check/model.js';
import type { PayeeData } from '../runtime/payee.js';

export function testPayeeData(test: TestDecl, plan: CheckedPlan, source: string): PayeeData {
  const perYear = new Set(plan.inputs.filter((i) => i.decl.perYear).map((i) => i.name));
  const given = recordData(test.given, source);
  const year: Record<string, unknown> = {};
  const everyPeriod: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(given)) (perYear.has(name) ? year : everyPeriod)[name] = value;
  const blocks = test.periods.length > 0 ? test.periods.map((p) => recordData(p.values, source)) : [{}];
  return { payee: test.name.value, year, periods: blocks.map((block) => ({ ...everyPeriod, ...block })) };
}

function recordData(record: RecordLiteral | null, source: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of record?.fields ?? []) out[field.name.name] = literalData(field.value, source);
  return out;
}

function literalData(e: Expr, source: string): unknown {
  switch (e.kind) {
    case 'Paren':
      return literalData(e.inner, source);
    case 'Bool':
    case 'String':
      return e.value;
    case 'Name':
      return e.name;
    case 'ListLiteral':
      return e.items.map((item) => literalData(item, source));
    case 'RecordLiteral':
      return recordData(e, source);
    default:
      // Money, percentages, numbers and dates read as they are written: `$500,000`, `-5%`.
      return source.slice(e.span.start, e.span.end).replace(/\s+/g, '');
  }
}
