/**
 * Test data written in a plan file (`given { quota: $500,000, deals: [{ … }] }`) must be literal
 * values of each input's declared type. The test runner turns them into run-time values.
 */
import type { Expr } from '../syntax/ast.js';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { closestName } from './did-you-mean.js';
import { aTypeName, type Type } from './types.js';

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
