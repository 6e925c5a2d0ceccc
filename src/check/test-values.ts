/**
 * Test data written in a plan file (`given { quota: $500,000, deals: [{ … }] }`) must be literal
 * values of each input's declared type. The test runner turns them into run-time values.
 */
import type { Expr } from '../syntax/ast.js';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { closestName } from './did-you-mean.js';
import { aTypeName, type Type } from './types.js';
import { constantValue } from './constant.js';

/**
 * The value an `expect` compares with: an amount as a Money literal, as before; a percentage or a
 * number as a constant, which may be an exact ratio (`= 2/3`, `= 95%`); any other value as test
 * data writes it.
 */
export function checkExpectedValue(e: Expr, type: Type, diagnostics: Diagnostic[]): void {
  const what = 'the expected value';
  if (e.kind === 'Missing' || type.kind === 'error') return;
  const wrong = (expected: string) => diagnostics.push(createDiagnostic('PP3004', e.span, { what, expected, actual: describe(e) }));
  switch (type.kind) {
    case 'money':
      return checkTestValue(e, type, 'an expected amount', diagnostics);
    case 'percent':
      if (!constantOf(e, ['Percent', 'Number'])) wrong('a Percent, or an exact ratio such as `2/3`');
      return;
    case 'number':
    case 'count':
      if (!constantOf(e, ['Number'])) wrong('a Number');
      return;
    case 'list':
    case 'record':
      return void diagnostics.push(createDiagnostic('PP3004', e.span, { what, expected: 'a single value (a list or record cannot be expected)', actual: describe(e) }));
    default:
      return checkTestValue(e, type, what, diagnostics);
  }
}

/** A constant built from literals of these kinds with + - * / and parentheses, that divides by no zero. */
function constantOf(e: Expr, literals: readonly string[]): boolean {
  const ok = (x: Expr): boolean => {
    if (literals.includes(x.kind)) return true;
    if (x.kind === 'Paren') return ok(x.inner);
    if (x.kind === 'Unary') return x.op === '-' && ok(x.operand);
    if (x.kind === 'Binary' && ['+', '-', '*', '/'].includes(x.op)) return ok(x.left) && ok(x.right);
    return false;
  };
  return ok(e) && constantValue(e) !== null;
}

export function checkTestValue(e: Expr, type: Type, what: string, diagnostics: Diagnostic[]): void {
  if (e.kind === 'Missing' || type.kind === 'error') return;
  if (e.kind === 'Paren') return checkTestValue(e.inner, type, what, diagnostics);
  const wrong = (actual: string) =>
    diagnostics.push(createDiagnostic('PP3004', e.span, { what, expected: aTypeName(type), actual }));
  const literal = e.kind === 'Unary' && e.op === '-' ? e.operand : e;
  switch (type.kind) {
    case 'money':
      if (literal.kind !== 'Money') return void wrong(describe(literal));
      if (literal.currency !== type.currency) wrong(`Money (${literal.currency})`);
      return;
    case 'percent':
      if (literal.kind !== 'Percent') wrong(describe(literal));
      return;
    case 'number':
      if (literal.kind !== 'Number') wrong(describe(literal));
      return;
    case 'count':
      if (literal.kind !== 'Number' || literal.value.includes('.')) wrong(describe(literal));
      return;
    case 'date':
    case 'bool':
    case 'text': {
      const expected = { date: 'Date', bool: 'Bool', text: 'String' }[type.kind];
      if (e.kind !== expected) wrong(describe(e));
      return;
    }
    case 'enum':
      if (e.kind !== 'Name' || !type.members.includes(e.name)) {
        diagnostics.push(
          createDiagnostic('PP3004', e.span, { what, expected: `one of ${type.members.map((m) => `\`${m}\``).join(', ')}`, actual: describe(e) }),
        );
      }
      return;
    case 'list':
      if (e.kind !== 'ListLiteral') return void wrong(describe(e));
      for (const item of e.items) checkTestValue(item, type.element, `an item of ${what}`, diagnostics);
      return;
    case 'record': {
      if (e.kind !== 'RecordLiteral') return void wrong(describe(e));
      const given = new Set<string>();
      for (const field of e.fields) {
        given.add(field.name.name);
        const declared = type.fields.get(field.name.name);
        if (!declared) {
          const suggestion = closestName(field.name.name, type.fields.keys());
          diagnostics.push(
            createDiagnostic('PP2004', field.name.span, { type: `\`${type.name}\``, name: field.name.name }, suggestion === undefined ? {} : {
              help: `did you mean \`${suggestion}\`?`,
              fixes: [{ title: `Change to \`${suggestion}\``, edits: [{ span: field.name.span, newText: suggestion }] }],
            }),
          );
          continue;
        }
        checkTestValue(field.value, declared.type, `\`${type.name}.${field.name.name}\``, diagnostics);
      }
      for (const field of type.fields.values()) {
        if (field.default === null && !given.has(field.name)) {
          diagnostics.push(createDiagnostic('PP2014', e.span, { name: field.name }, { help: `add \`${field.name}: …\` to this \`${type.name}\`` }));
        }
      }
      return;
    }
  }
}

function describe(e: Expr): string {
  switch (e.kind) {
    case 'Money':
      return `Money (${e.currency})`;
    case 'Percent':
      return 'a Percent';
    case 'Number':
      return e.value.includes('.') ? 'a Number' : 'a whole Number';
    case 'Date':
      return 'a Date';
    case 'String':
      return 'Text';
    case 'Bool':
      return 'a Bool';
    case 'ListLiteral':
      return 'a list';
    case 'RecordLiteral':
      return 'a record';
    case 'Name':
      return `\`${e.name}\``;
    default:
      return 'an expression';
  }
}
