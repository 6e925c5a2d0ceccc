/**
 * The child properties of each node kind, in source order. Prettier walks these to attach comments
 * and to clean ASTs; without them it would descend into spans. The map is exhaustive, so a new node
 * kind in ast.ts fails to compile here until it is given its children.
 */
import type { NodeKind } from './nodes.js';

const visitorKeys: { readonly [K in NodeKind]: readonly string[] } = {
  PlanFile: ['items'],
  Plan: ['name', 'items'],
  Currency: ['code'],
  Period: [],
  FiscalYear: ['start'],
  Ote: ['amount'],
  Mix: ['base', 'variable'],
  Rounding: ['step'],
  Enum: ['name', 'members'],
  Record: ['name', 'fields'],
  Field: ['name', 'type', 'default', 'constraint'],
  NamedType: ['name', 'currency'],
  ListType: ['element'],
  InlineEnumType: ['members'],
  MissingType: [],
  Input: ['name', 'type', 'default', 'constraint'],
  Constraint: ['low', 'high'],
  Let: ['name', 'value'],
  Component: ['name', 'weight', 'items'],
  Attainment: ['value'],
  Gate: ['condition'],
  Curve: ['bands'],
  Payout: ['value'],
  Commission: ['each', 'base', 'rate', 'key', 'bands'],
  Each: ['variable', 'list', 'filter'],
  Cap: ['value'],
  Allow: ['slug'],
  Floor: ['value'],
  Band: ['lower', 'upper', 'value'],
  Bound: ['value'],
  ConstantValue: ['value'],
  LinearValue: ['from', 'to'],
  SlopeValue: ['slope'],
  Bonus: ['name', 'amount', 'condition'],
  Test: ['name', 'planName', 'given', 'periods', 'expects'],
  TestPeriod: ['period', 'values'],
  Expect: ['period', 'line', 'of', 'value'],
  Identifier: [],
  Number: [],
  Percent: [],
  Money: [],
  Date: [],
  String: [],
  Bool: [],
  Name: [],
  Member: ['object', 'property'],
  Unary: ['operand'],
  Binary: ['left', 'right'],
  If: ['condition', 'then', 'else'],
  Call: ['callee', 'args'],
  Aggregate: ['value', 'variable', 'list', 'filter'],
  RecordLiteral: ['fields'],
  RecordField: ['name', 'value'],
  ListLiteral: ['items'],
  Paren: ['inner'],
  Missing: [],
};

/** Comments have no children; anything without a known kind (a span) has none either. */
export function getVisitorKeys(node: { kind?: string }): readonly string[] {
  return (visitorKeys as Record<string, readonly string[]>)[node.kind ?? ''] ?? [];
}
