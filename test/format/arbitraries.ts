/**
 * fast-check arbitraries for valid payplan files: plans with every kind of item, components with
 * curves and commissions, and tests, over the expressions of arbitrary-expressions.ts.
 */
import fc from 'fast-check';
import type * as Ast from '../../src/syntax/ast.js';
import {
  ADDITIVE,
  anyExpr,
  at,
  atLeast,
  date,
  declaredName,
  identifier,
  nullable,
  recordLiteral,
} from './arbitrary-expressions.js';

const typeName = fc.constantFrom('Money', 'Percent', 'Number', 'Count', 'Date', 'Bool', 'Text', 'Deal');
const componentName = fc.constantFrom('Retention', 'Expansion', 'NewBusiness', 'Mbo');

// ───────────── plan items ─────────────

const { typeRef } = fc.letrec<{ typeRef: Ast.TypeRef }>((tie) => ({
  typeRef: fc.oneof(
    { depthSize: 'small' },
    fc.tuple(typeName, fc.boolean()).map(([name, eur]): Ast.NamedType => ({
      kind: 'NamedType',
      span: at,
      name: identifier(name),
      currency: eur && name === 'Money' ? identifier('EUR') : null,
    })),
    tie('typeRef').map((element): Ast.ListType => ({ kind: 'ListType', span: at, element })),
    fc
      .array(declaredName, { minLength: 2, maxLength: 4 })
      .map((members): Ast.InlineEnumType => ({ kind: 'InlineEnumType', span: at, members: members.map(identifier) })),
  ),
}));

const constraint: fc.Arbitrary<Ast.Constraint> = fc.oneof(
  fc
    .constantFrom<'positive' | 'non-negative'>('positive', 'non-negative')
    .map((rule) => ({ kind: 'Constraint' as const, span: at, rule })),
  fc.tuple(anyExpr, anyExpr).map(([low, high]) => ({
    kind: 'Constraint' as const,
    span: at,
    rule: 'between' as const,
    // The bounds are additive expressions: `and` separates them.
    low: atLeast(low, ADDITIVE),
    high: atLeast(high, ADDITIVE),
  })),
);

const headerItem: fc.Arbitrary<Ast.PlanItem> = fc.oneof(
  fc
    .constantFrom('USD', 'EUR')
    .map((code): Ast.CurrencyItem => ({ kind: 'Currency', span: at, code: identifier(code) })),
  fc
    .constantFrom<Ast.PeriodUnit>('month', 'quarter', 'year')
    .map((unit): Ast.PeriodItem => ({ kind: 'Period', span: at, unit, unitSpan: at })),
  date.map((start): Ast.FiscalYearItem => ({ kind: 'FiscalYear', span: at, start })),
  anyExpr.map((amount): Ast.OteItem => ({ kind: 'Ote', span: at, amount })),
  fc.tuple(anyExpr, anyExpr).map(([base, variable]): Ast.MixItem => ({ kind: 'Mix', span: at, base, variable })),
  fc
    .tuple(fc.constantFrom<Ast.RoundingMode>('half-even', 'half-up', 'down', 'up'), nullable(anyExpr))
    .map(([mode, step]): Ast.RoundingItem => ({ kind: 'Rounding', span: at, mode, modeSpan: at, step })),
);

const declaration: fc.Arbitrary<Ast.PlanItem> = fc.oneof(
  fc
    .tuple(typeName, fc.array(declaredName, { maxLength: 4 }))
    .map(([name, members]): Ast.EnumDecl => ({
      kind: 'Enum',
      span: at,
      name: identifier(name),
      members: members.map(identifier),
    })),
  fc
    .tuple(typeName, fc.array(fc.tuple(declaredName, typeRef, nullable(anyExpr), nullable(constraint)), { maxLength: 4 }))
    .map(([name, fields]): Ast.RecordDecl => ({
      kind: 'Record',
      span: at,
      name: identifier(name),
      fields: fields.map(([field, type, value, rule]) => ({
        kind: 'Field',
        span: at,
        name: identifier(field),
        type,
        default: value,
        constraint: rule,
      })),
    })),
  fc
    .tuple(declaredName, typeRef, fc.boolean(), nullable(anyExpr), nullable(constraint))
    .map(([name, type, perYear, value, rule]): Ast.InputDecl => ({
      kind: 'Input',
      span: at,
      name: identifier(name),
      type,
      perYear,
      default: value,
      constraint: rule,
    })),
  fc
    .tuple(declaredName, anyExpr)
    .map(([name, value]): Ast.LetDecl => ({ kind: 'Let', span: at, name: identifier(name), value })),
  fc
    .tuple(
      fc.string({ unit: fc.constantFrom('K', 'i', 'c', 'k', ' ', "'"), minLength: 1 }),
      anyExpr,
      nullable(anyExpr),
      fc.boolean(),
    )
    .map(([name, amount, condition, once]): Ast.BonusDecl => ({
      kind: 'Bonus',
      span: at,
      name: { kind: 'String', span: at, value: name },
      amount,
      condition,
      once,
    })),
);

// ───────────── components ─────────────

const bandValue: fc.Arbitrary<Ast.BandValue> = fc.oneof(
  anyExpr.map((value): Ast.ConstantValue => ({ kind: 'ConstantValue', span: at, value })),
  fc.tuple(anyExpr, anyExpr).map(([from, to]): Ast.LinearValue => ({ kind: 'LinearValue', span: at, from, to })),
  anyExpr.map((slope): Ast.SlopeValue => ({ kind: 'SlopeValue', span: at, slope })),
);

const bound = (keywords: readonly Ast.Bound['keyword'][]): fc.Arbitrary<Ast.Bound> =>
  fc.tuple(fc.constantFrom(...keywords), anyExpr).map(([keyword, value]) => ({
    kind: 'Bound',
    span: at,
    keyword,
    inclusive: keyword === 'from' || keyword === 'up to',
    value,
  }));

const band: fc.Arbitrary<Ast.Band> = fc
  .tuple(nullable(bound(['from', 'above'])), bound(['up to', 'below']), fc.boolean(), bandValue)
  // Every band has a bound: a lower one, an upper one, or both.
  .map(([lower, upper, keepUpper, value]) => ({
    kind: 'Band',
    span: at,
    lower,
    upper: lower === null || keepUpper ? upper : null,
    value,
  }));

const bands = fc.array(band, { maxLength: 4 });

const eachClause: fc.Arbitrary<Ast.EachClause> = fc
  .tuple(declaredName, anyExpr, nullable(anyExpr))
  .map(([variable, list, filter]) => ({ kind: 'Each', span: at, variable: identifier(variable), list, filter }));

const commission: fc.Arbitrary<Ast.CommissionItem> = fc
  .tuple(
    nullable(eachClause),
    anyExpr,
    fc.boolean(),
    fc.constantFrom<Ast.CommissionMode>('flat', 'marginal', 'retroactive', 'lookup', 'pro-rata'),
    anyExpr,
    bands,
  )
  .map(([each, base, running, mode, operand, table]) => ({
    kind: 'Commission',
    span: at,
    each,
    base,
    running: each !== null && running,
    mode,
    modeSpan: at,
    rate: mode === 'flat' ? operand : null,
    key: mode === 'lookup' ? operand : null,
    bands: mode === 'flat' ? [] : table,
  }));

const componentItem: fc.Arbitrary<Ast.ComponentItem> = fc.oneof(
  anyExpr.map((value): Ast.AttainmentItem => ({ kind: 'Attainment', span: at, value })),
  anyExpr.map((condition): Ast.GateItem => ({ kind: 'Gate', span: at, condition })),
  bands.map((table): Ast.CurveItem => ({ kind: 'Curve', span: at, bands: table })),
  anyExpr.map((value): Ast.PayoutItem => ({ kind: 'Payout', span: at, value })),
  commission,
  anyExpr.map((value): Ast.CapItem => ({ kind: 'Cap', span: at, value })),
  anyExpr.map((value): Ast.FloorItem => ({ kind: 'Floor', span: at, value })),
);

const component: fc.Arbitrary<Ast.ComponentDecl> = fc
  .tuple(componentName, nullable(anyExpr), fc.boolean(), fc.array(componentItem, { maxLength: 4 }))
  .map(([name, weight, cumulative, items]) => ({
    kind: 'Component',
    span: at,
    name: identifier(name),
    weight,
    cumulative,
    items,
  }));

const planItem: fc.Arbitrary<Ast.PlanItem> = fc.oneof(headerItem, declaration, component);

const plan: fc.Arbitrary<Ast.PlanDecl> = fc
  .tuple(
    fc.string({ maxLength: 12 }).filter((s) => !/[\r\n\\"]/.test(s)),
    fc.array(planItem, { maxLength: 6 }),
  )
  .map(([name, items]) => ({ kind: 'Plan', span: at, name: { kind: 'String', span: at, value: name }, items }));

// ───────────── tests ─────────────

const periodName = fc.constantFrom('Q1', 'Q2', 'M12', 'FY');

const expectation: fc.Arbitrary<Ast.Expect> = fc
  .tuple(nullable(periodName), fc.oneof(componentName, fc.constant('total')), fc.boolean(), nullable(componentName), anyExpr)
  .map(([period, line, quoted, of, value]) => ({
    kind: 'Expect',
    span: at,
    period: period === null ? null : identifier(period),
    // A measure of a component: `attainment(Bookings)`.
    line: of !== null ? identifier('attainment') : quoted ? { kind: 'String', span: at, value: line } : identifier(line),
    of: of === null ? null : identifier(of),
    value,
  }));

const test: fc.Arbitrary<Ast.TestDecl> = fc
  .tuple(
    fc.string({ maxLength: 12 }).filter((s) => !/[\r\n\\"]/.test(s)),
    nullable(fc.constant('AE FY2026')),
    nullable(recordLiteral(anyExpr)),
    fc.array(fc.tuple(periodName, recordLiteral(anyExpr)), { maxLength: 2 }),
    fc.array(expectation, { maxLength: 3 }),
  )
  .map(([name, planName, given, periods, expects]) => ({
    kind: 'Test',
    span: at,
    name: { kind: 'String', span: at, value: name },
    planName: planName === null ? null : { kind: 'String', span: at, value: planName },
    given,
    periods: periods.map(([period, values]) => ({ kind: 'TestPeriod', span: at, period: identifier(period), values })),
    expects,
  }));

export const planFile: fc.Arbitrary<Ast.PlanFile> = fc
  .tuple(fc.array(plan, { minLength: 1, maxLength: 2 }), fc.array(test, { maxLength: 2 }))
  .map(([plans, tests]) => ({ kind: 'PlanFile', span: at, items: [...plans, ...tests] }));
