/**
 * Expression typing with name resolution. Every expression gets a type in `types` and every name a
 * resolution in `references`; a mistake gets one diagnostic and the poison type `error`, which
 * silences the checks that would only repeat it.
 */
import type { AggregateExpr, BinaryExpr, CallExpr, Expr, Identifier, LetDecl, MemberExpr, NameRef } from '../syntax/ast.js';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { closestName } from './did-you-mean.js';
import type { Ref } from './model.js';
import type { PlanSymbols } from './symbols.js';
import { checkCall } from './calls.js';
import { children } from './walk.js';
import { binaryProblem } from './operator-messages.js';
import { arithmetic, comparable } from './unit-algebra.js';
import { BOOL, COUNT, DATE, ERROR, NUMBER, PERCENT, TEXT, aTypeName, assignable, money, typeName, type Type } from './types.js';

/** Where an expression stands: its local variables and whether `target` means something there. */
export interface ExprContext {
  readonly locals: ReadonlyMap<string, { binder: Identifier; type: Type }>;
  /** The component whose `target` is in scope: a weighted component, or the plan's variable. */
  readonly target: 'available' | { readonly missingWeightOn: string } | 'none';
}

export const PLAN_CONTEXT: ExprContext = { locals: new Map(), target: 'none' };

export class PlanTypes {
  readonly types = new Map<Expr, Type>();
  readonly references = new Map<NameRef, Ref>();
  private readonly letTypes = new Map<LetDecl, Type>();
  private readonly letsInProgress: LetDecl[] = [];
  /** Lets in the order their types were settled: each only uses lets before it. */
  readonly letOrder: LetDecl[] = [];

  constructor(
    readonly symbols: PlanSymbols,
    readonly currency: string,
    readonly hasPayMix: boolean,
    readonly hasFiscalYear: boolean,
    readonly diagnostics: Diagnostic[],
    /** The plan file's text, so operator hints can quote the operands as written. */
    private readonly source: string,
  ) {}

  private readonly sourceOf = (e: Expr): string => this.source.slice(e.span.start, e.span.end);

  letType(decl: LetDecl): Type {
    const known = this.letTypes.get(decl);
    if (known) return known;
    if (this.letsInProgress.includes(decl)) {
      const cycle = [...this.letsInProgress.slice(this.letsInProgress.indexOf(decl)), decl].map((d) => d.name.name);
      this.diagnostics.push(createDiagnostic('PP2012', decl.name.span, { name: decl.name.name, cycle: cycle.join(' → ') }));
      this.letTypes.set(decl, ERROR);
      return ERROR;
    }
    this.letsInProgress.push(decl);
    const type = this.typeOf(decl.value, PLAN_CONTEXT);
    this.letsInProgress.pop();
    if (!this.letTypes.has(decl)) {
      this.letTypes.set(decl, type);
      this.letOrder.push(decl);
    }
    return this.letTypes.get(decl)!;
  }

  /** Types `e` and reports when it is not what `what` needs. */
  expect(e: Expr, ctx: ExprContext, expected: Type, what: string): Type {
    const actual = this.typeOf(e, ctx);
    if (!assignable(expected, actual)) {
      this.diagnostics.push(
        createDiagnostic('PP3004', e.span, { what, expected: aTypeName(expected), actual: aTypeName(actual) }),
      );
    }
    return actual;
  }

  typeOf(e: Expr, ctx: ExprContext): Type {
    const type = this.compute(e, ctx);
    this.types.set(e, type);
    return type;
  }

  private compute(e: Expr, ctx: ExprContext): Type {
    switch (e.kind) {
      case 'Number':
        return /^-?\d+$/.test(e.value) ? COUNT : NUMBER;
      case 'Percent':
        return PERCENT;
      case 'Money':
        return money(e.currency);
      case 'Date':
        return DATE;
      case 'String':
        return TEXT;
      case 'Bool':
        return BOOL;
      case 'Missing':
        return ERROR;
      case 'Paren':
        return this.typeOf(e.inner, ctx);
      case 'Name':
        return this.name(e, ctx);
      case 'Member':
        return this.member(e, ctx);
      case 'Unary':
        if (e.op === 'not') return this.expect(e.operand, ctx, BOOL, '`not`') && BOOL;
        return this.negate(e.operand, ctx);
      case 'Binary':
        return this.binary(e, ctx);
      case 'If': {
        this.expect(e.condition, ctx, BOOL, 'the condition of `if`');
        const a = this.typeOf(e.then, ctx);
        const b = this.typeOf(e.else, ctx);
        if (assignable(a, b)) return a;
        if (assignable(b, a)) return b;
        this.diagnostics.push(createDiagnostic('PP3009', e.span, { left: typeName(a), right: typeName(b) }));
        return ERROR;
      }
      case 'Call':
        return this.call(e, ctx);
      case 'Aggregate':
        return this.aggregate(e, ctx);
      case 'RecordLiteral':
      case 'ListLiteral':
        // Written only as test data, where they are checked against the input's declared type.
        for (const child of e.kind === 'RecordLiteral' ? e.fields.map((f) => f.value) : e.items) this.typeOf(child, ctx);
        return ERROR;
    }
  }

  private negate(operand: Expr, ctx: ExprContext): Type {
    const t = this.typeOf(operand, ctx);
    if (t.kind === 'money' || t.kind === 'percent' || t.kind === 'number' || t.kind === 'count' || t.kind === 'error') {
      return t.kind === 'count' ? NUMBER : t;
    }
    this.diagnostics.push(createDiagnostic('PP3004', operand.span, { what: 'a negated value', expected: 'a quantity', actual: aTypeName(t) }));
    return ERROR;
  }

  private name(e: NameRef, ctx: ExprContext): Type {
    const local = ctx.locals.get(e.name);
    if (local) {
      this.references.set(e, { kind: 'local', binder: local.binder, type: local.type });
      return local.type;
    }
    const input = this.symbols.inputs.get(e.name);
    if (input) {
      this.references.set(e, { kind: 'input', input: { decl: input.decl, name: e.name, type: input.type } });
      return input.type;
    }
    const letDecl = this.symbols.lets.get(e.name);
    if (letDecl) {
      this.references.set(e, { kind: 'let', decl: letDecl });
      return this.letType(letDecl);
    }
    const builtin = this.builtin(e, ctx);
    if (builtin) return builtin;
    const owners = this.symbols.members.get(e.name);
    if (owners && owners.length === 1) {
      this.references.set(e, { kind: 'enum-member', enumType: owners[0]!, member: e.name });
      return owners[0]!;
    }
    if (owners && owners.length > 1) {
      this.diagnostics.push(createDiagnostic('PP2007', e.span, { name: e.name, example: `${owners[0]!.name}.${e.name}` }));
      return ERROR;
    }
    if (this.symbols.components.has(e.name)) {
      this.diagnostics.push(
        createDiagnostic('PP3004', e.span, { what: 'a value here', expected: 'an input or a `let`', actual: `component \`${e.name}\`` }),
      );
      return ERROR;
    }
    this.unknownName(e, ctx);
    return ERROR;
  }

  private builtin(e: NameRef, ctx: ExprContext): Type | null {
    switch (e.name) {
      case 'base':
      case 'variable':
        if (!this.hasPayMix) return null;
        this.references.set(e, { kind: 'builtin', name: e.name });
        return money(this.currency);
      case 'period':
        this.references.set(e, { kind: 'builtin', name: 'period' });
        return PERIOD_TYPE;
      case 'target':
        if (ctx.target === 'none') return null;
        if (ctx.target !== 'available') {
          this.diagnostics.push(createDiagnostic('PP4009', e.span, { name: ctx.target.missingWeightOn }));
          return ERROR;
        }
        this.references.set(e, { kind: 'builtin', name: 'target' });
        return money(this.currency);
      default:
        return null;
    }
  }

  private unknownName(e: NameRef, ctx: ExprContext): void {
    const candidates = [...ctx.locals.keys(), ...this.symbols.inputs.keys(), ...this.symbols.lets.keys(), ...this.symbols.members.keys()];
    const suggestion = closestName(e.name, candidates);
    this.diagnostics.push(
      createDiagnostic('PP2001', e.span, { name: e.name }, suggestion === undefined ? {} : {
        help: `did you mean \`${suggestion}\`?`,
        fixes: [{ title: `Change to \`${suggestion}\``, edits: [{ span: e.span, newText: suggestion }] }],
      }),
    );
  }

  private member(e: MemberExpr, ctx: ExprContext): Type {
    // `Segment.smb`: an enum member written with its enum.
    if (e.object.kind === 'Name' && !ctx.locals.has(e.object.name) && this.symbols.enums.has(e.object.name)) {
      const enumType = this.symbols.enums.get(e.object.name)!;
      this.types.set(e.object, enumType);
      if (enumType.members.includes(e.property.name)) return enumType;
      this.diagnostics.push(createDiagnostic('PP2004', e.property.span, { type: `enum \`${enumType.name}\``, name: e.property.name }));
      return ERROR;
    }
    const object = this.typeOf(e.object, ctx);
    if (object.kind === 'error') return ERROR;
    if (object.kind !== 'record') {
      this.diagnostics.push(createDiagnostic('PP3007', e.object.span, { actual: aTypeName(object) }));
      return ERROR;
    }
    const field = object.fields.get(e.property.name);
    if (field && object === PERIOD_TYPE && field.type.kind === 'date' && !this.hasFiscalYear) {
      this.diagnostics.push(createDiagnostic('PP4015', e.span, { field: field.name }));
    }
    if (field) return field.type;
    const suggestion = closestName(e.property.name, object.fields.keys());
    this.diagnostics.push(
      createDiagnostic('PP2004', e.property.span, { type: `\`${object.name}\``, name: e.property.name }, suggestion === undefined ? {} : {
        help: `did you mean \`${suggestion}\`?`,
        fixes: [{ title: `Change to \`${suggestion}\``, edits: [{ span: e.property.span, newText: suggestion }] }],
      }),
    );
    return ERROR;
  }

  private binary(e: BinaryExpr, ctx: ExprContext): Type {
    const l = this.typeOf(e.left, ctx);
    const r = this.typeOf(e.right, ctx);
    if (l.kind === 'error' || r.kind === 'error') return e.op === 'and' || e.op === 'or' ? BOOL : ERROR;
    switch (e.op) {
      case 'and':
      case 'or':
        if (l.kind !== 'bool') this.expect(e.left, ctx, BOOL, `\`${e.op}\``);
        if (r.kind !== 'bool') this.expect(e.right, ctx, BOOL, `\`${e.op}\``);
        return BOOL;
      case '<':
      case '<=':
      case '>':
      case '>=':
      case '==':
      case '!=':
        if (!comparable(e.op, l, r)) {
          this.diagnostics.push(createDiagnostic('PP3005', e.span, { left: aTypeName(l), right: aTypeName(r) }));
        }
        return BOOL;
      default: {
        const verdict = arithmetic(e.op, l, r);
        if (verdict.ok) return verdict.type;
        this.diagnostics.push(binaryProblem(e, l, r, verdict.problem, this.sourceOf));
        return ERROR;
      }
    }
  }

  private call(e: CallExpr, ctx: ExprContext): Type {
    const args = e.args.map((a) => this.typeOf(a, ctx));
    if (e.callee.name === 'ytd' && e.args.length === 1) {
      // A year-to-date sum is carried from period to period; a list item exists in one period only.
      const item = this.localIn(e.args[0]!);
      if (item) {
        this.diagnostics.push(createDiagnostic('PP3011', item.span, { name: item.name }));
        return ERROR;
      }
    }
    return checkCall(e, args, this.diagnostics, this.sourceOf);
  }

  /**
   * The first name in an expression that reads a list item bound around it (`d` in
   * `sum(ytd(d.amount) for d in deals)`); an item bound inside it (`ytd(sum(d.amount for d in deals))`)
   * is summed within the period, which is fine.
   */
  private localIn(e: Expr, within: Expr = e): NameRef | null {
    if (e.kind === 'Name') {
      const ref = this.references.get(e);
      const boundInside = ref?.kind === 'local' && ref.binder.span.start >= within.span.start && ref.binder.span.end <= within.span.end;
      return ref?.kind === 'local' && !boundInside ? e : null;
    }
    for (const c of children(e)) {
      const found = this.localIn(c, within);
      if (found) return found;
    }
    return null;
  }

  private aggregate(e: AggregateExpr, ctx: ExprContext): Type {
    const list = this.typeOf(e.list, ctx);
    if (list.kind !== 'list' && list.kind !== 'error') {
      this.diagnostics.push(createDiagnostic('PP3006', e.list.span, { actual: aTypeName(list) }));
    }
    const element = list.kind === 'list' ? list.element : ERROR;
    const locals = new Map(ctx.locals);
    locals.set(e.variable.name, { binder: e.variable, type: element });
    const inner: ExprContext = { ...ctx, locals };
    if (e.filter) this.expect(e.filter, inner, BOOL, 'a `where` filter');
    if (e.fn === 'count' || e.value === null) return COUNT;
    const value = this.typeOf(e.value, inner);
    if (value.kind === 'error') return ERROR;
    const summable = value.kind === 'money' || value.kind === 'percent' || value.kind === 'number' || value.kind === 'count';
    const ordered = summable || value.kind === 'date';
    if ((e.fn === 'min' || e.fn === 'max') ? !ordered : !summable) {
      this.diagnostics.push(createDiagnostic('PP3004', e.value.span, { what: `the values of \`${e.fn}\``, expected: 'a quantity', actual: aTypeName(value) }));
      return ERROR;
    }
    return e.fn === 'average' && value.kind === 'count' ? NUMBER : value;
  }

}

/** `period.start`, `period.end`, `period.number`. */
export const PERIOD_TYPE: Type = {
  kind: 'record',
  name: 'period',
  fields: new Map([
    ['start', { name: 'start', type: DATE, default: null }],
    ['end', { name: 'end', type: DATE, default: null }],
    ['number', { name: 'number', type: COUNT, default: null }],
  ]),
};
