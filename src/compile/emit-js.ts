/**
 * The JavaScript back end: a checked plan → an ES module that imports only decimal.js.
 *
 * The module holds the payout runtime inline (src/runtime bundled, see runtime-source.generated.ts),
 * the plan's shape and input specs as literals, and one class whose methods evaluate the plan's
 * expressions as straight-line decimal.js code: one method per let (memoised per period, as the
 * reference evaluator memoises), one per component and per bonus, and a helper method per
 * aggregate or `ytd` that is not a let's whole value. `run` reads the data with a reader written for
 * the plan's inputs (emit-reader.ts: readPayee's checks, errors and warnings as straight-line code)
 * and hands each period's values to the runtime's runPlan, exactly as src/compile/evaluate.ts does;
 * the two must agree on every statement and every error, down to the explanation strings, and
 * test/properties/emit-equals-evaluate.test.ts holds them to it.
 *
 * Evaluation order matters for which error a payee with several bad values gets, so every
 * expression is evaluated in the evaluator's order: JavaScript evaluates operands, arguments and
 * object literal properties left to right, and the evaluator's short cuts (`and`, `or`, `if`,
 * closed gates) are short cuts here too.
 */
import { MONTHS_PER_PERIOD } from '../check/plan-header.js';
import type { AggregateExpr, Band, BonusDecl, CallExpr, CommissionItem, ComparisonOp, Expr, LetDecl } from '../syntax/ast.js';
import type { CheckedPlan, ComponentInfo } from '../check/model.js';
import { emitReader } from './emit-reader.js';
import { RUNTIME_BODY, RUNTIME_EXPORTS, RUNTIME_IMPORT } from './runtime-source.generated.js';
import { inputSpecs, itemHasId, planShape } from './shape.js';
import { termsReadTheItem } from './item-terms.js';
import { LineMap, NameSet, identifierPart, jsLiteral, property, quote, snakeName } from './emit-support.js';

export interface EmitOptions {
  /** The plan file's name, for the header comment. */
  readonly fileName?: string;
}


/** Operator precedence of a generated expression, loosest first. */
const Prec = { Cond: 0, Or: 1, And: 2, Compare: 3, Unary: 4, Primary: 5 } as const;
type Prec = (typeof Prec)[keyof typeof Prec];

interface Code {
  readonly code: string;
  readonly prec: Prec;
  /** The same test negated, where that reads better than `!(…)`: `a === b` for `a !== b`. */
  readonly negated?: string;
}

/** Where an expression is evaluated: the JS expressions for the period index and `target`, and the locals. */
interface Ctx {
  /** The JS expression for the period index (`k`, or `j` inside a `ytd` loop). */
  readonly k: string;
  /** The JS expression for `target` (`null` where there is none), asked for only when used. */
  readonly target: () => string;
  /** Plan local name → JS variable. */
  readonly locals: ReadonlyMap<string, string>;
  /** The method this expression belongs to, for naming its helpers. */
  readonly owner: string;
}

const primary = (code: string): Code => ({ code, prec: Prec.Primary });

function wrap(c: Code, min: Prec): string {
  return c.prec >= min ? c.code : `(${c.code})`;
}

export function emitJs(plan: CheckedPlan, source: string, options: EmitOptions = {}): string {
  return new JsEmitter(plan, source, options).module();
}

class JsEmitter {
  private readonly lines: LineMap;
  /** Runtime exports the plan code uses, destructured at the top of the module. */
  private readonly runtime = new Set<string>(['D', 'PayoutError', 'runPlan']);
  /** Module constants, in first-use order: plan facts (targets, pay mix, period dates) and literals. */
  private readonly facts = new Map<string, { code: string; comment?: string }>();
  private readonly constants = new Map<string, { code: string; comment?: string }>();
  /** Module-scope names: the constants and the reader's functions, never a runtime export's or the module's own. */
  private readonly constantNames = new NameSet([...RUNTIME_EXPORTS, 'payplanRuntime', 'Decimal', 'PLAN_SHAPE', 'INPUT_SPECS', 'PERIODS', 'plan', 'run', 'PlanYear']);
  private readonly literalNames = new Map<string, string>();
  private readonly methodNames = new NameSet(['constructor', 'period', 'inputs']);
  private readonly letMethods = new Map<LetDecl, { method: string; memo: string }>();
  private readonly helperCounts = new Map<string, number>();
  /** Methods of the PlanYear class, in order. */
  private readonly methods: string[] = [];

  constructor(
    private readonly plan: CheckedPlan,
    private readonly source: string,
    private readonly options: EmitOptions,
  ) {
    this.lines = new LineMap(source);
    for (const l of plan.lets) {
      const name = this.methodNames.take(`let_${identifierPart(l.name)}`);
      this.letMethods.set(l.decl, { method: name, memo: `memo_${name.slice(4)}` });
    }
  }

  module(): string {
    const plan = this.plan;
    for (const l of plan.lets) this.letMethod(l.decl);
    const components = plan.components.map((c) => this.componentMethod(c));
    const bonuses = plan.bonuses.map((b) => this.bonusMethod(b.decl));
    const planCtx: Ctx = { k: 'k', target: () => this.planTarget(), locals: new Map(), owner: 'period' };
    const caps = plan.caps.map((e) => this.expr(e, planCtx).code);
    const floors = plan.floors.map((e) => this.expr(e, planCtx).code);
    const periodMethod = [
      '  /** The values of period k (0 is the first period of the year) that the runner pays from. */',
      '  period(k) {',
      '    return {',
      `      components: ${list(components.map((c) => `this.${c}(k)`), '      ')},`,
      `      bonuses: ${list(bonuses.map((b) => `this.${b}(k)`), '      ')},`,
      `      caps: ${list(caps, '      ')},`,
      `      floors: ${list(floors, '      ')},`,
      '    };',
      '  }',
    ].join('\n');

    const shape = planShape(plan, this.source);
    const specs = inputSpecs(plan, this.source);
    const reader = emitReader(specs, { names: this.constantNames, use: (name) => this.runtime.add(name), periodCount: () => this.periodCount() });
    const memoFields = [...this.letMethods.values()].map((l) => `    this.${l.memo} = [];`);
    const classText = [
      '/**',
      ` * One payee's plan year: the inputs of each period, read and checked by ${reader.entry}, and the`,
      ' * value of each let in each period once computed (lets are memoised per period).',
      ' */',
      'class PlanYear {',
      '  constructor(inputs) {',
      '    this.inputs = inputs;',
      ...memoFields,
      '  }',
      '',
      [periodMethod, ...this.methods].join('\n\n'),
      '}',
    ].join('\n');

    const declare = ([name, c]: [string, { code: string; comment?: string }]) => `const ${name} = ${c.code};${c.comment ? ` // ${c.comment}` : ''}`;
    const facts = [...this.facts].map(declare);
    const constants = [...this.constants].map(declare);
    const runtimeNames = [...this.runtime].sort((a, b) => a.localeCompare(b, 'en'));
    const file = this.options.fileName ? ` from ${this.options.fileName}` : '';
    return [
      `// Generated by payplan${file}: plan ${JSON.stringify(plan.name)}. Do not edit; change the plan and build again.`,
      '//',
      '// run(data) pays one payee for the periods their data covers and returns their statement. It throws',
      '// PayoutError (with a stable `code` such as PP6003 and `args` naming the row and field) for data the',
      '// plan cannot pay. The payout runtime is included at the end of this file; it needs only decimal.js.',
      RUNTIME_IMPORT,
      '',
      `const { ${runtimeNames.join(', ')} } = payplanRuntime();`,
      '',
      '// The plan\'s fixed shape: names, modes and the source texts its explanations quote.',
      `const PLAN_SHAPE = ${jsLiteral(shape)};`,
      '',
      '// How each input is read from the data: its type, default, constraint and whether it is per year.',
      '// The reader below is written from these; checkConstraint takes an input\'s own.',
      `const INPUT_SPECS = ${jsLiteral(specs)};`,
      '',
      'const PERIODS = PLAN_SHAPE.periodNames;',
      ...(facts.length > 0 ? ['', ...facts] : []),
      ...(constants.length > 0 ? ['', '// The literals of the plan.', ...constants] : []),
      '',
      '/** The plan\'s name, currency and periods. */',
      `export const plan = ${jsLiteral({ name: plan.name, currency: plan.currency, periods: plan.periodNames })};`,
      '',
      'export { PayoutError };',
      '',
      '/** Pays one payee for the periods their data covers; throws PayoutError on data the plan cannot pay. */',
      'export function run(data) {',
      '  const warnings = [];',
      `  const inputs = ${reader.entry}(data, warnings);`,
      '  const year = new PlanYear(inputs);',
      '  return runPlan(PLAN_SHAPE, (k) => year.period(k), inputs.length, data.payee, warnings);',
      '}',
      '',
      '// ───────────────────────────── reading the data ─────────────────────────────',
      '//',
      '// readPayee(INPUT_SPECS, PERIODS, data) of the runtime, written out for this plan\'s inputs: the same',
      '// checks in the same order, the same PayoutError codes and args, the same warnings. Each value is read',
      '// by the runtime\'s reader for its kind (readMoney, readEnum…), as readPayee reads it.',
      '',
      reader.text,
      '',
      classText,
      '',
      '// ───────────────────────────── payout runtime (src/runtime, bundled) ─────────────────────────────',
      '',
      'function payplanRuntime() {',
      RUNTIME_BODY.trimEnd(),
      '}',
      '',
    ].join('\n');
  }

  // ───────────────────────────── plan facts ─────────────────────────────

  /** A module constant; `fact` ones (plan facts) are written before the literals. */
  private constant(base: string, code: string, comment?: string, group: 'fact' | 'literal' = 'fact'): string {
    const known = this.literalNames.get(`${base}\u0000${code}`);
    if (known) return known;
    const name = this.constantNames.take(base);
    this.literalNames.set(`${base}\u0000${code}`, name);
    (group === 'fact' ? this.facts : this.constants).set(name, comment === undefined ? { code } : { code, comment });
    return name;
  }

  private periodCount(): string {
    return this.constant('PERIOD_COUNT', `new D(${this.plan.periodNames.length})`);
  }

  private ote(): string {
    if (!this.plan.ote || !this.plan.mix) return 'null';
    return this.constant('OTE', `new D(${quote(this.plan.ote.toFixed())})`, 'on-target earnings per year');
  }

  private builtinBase(): string {
    if (!this.plan.ote || !this.plan.mix) return 'null';
    const share = this.constant('MIX_BASE', `new D(${quote(this.plan.mix.base.toFixed())})`, 'base share of the pay mix');
    return this.constant('BASE', `${this.ote()}.times(${share})`, 'base per year');
  }

  private builtinVariable(): string {
    if (!this.plan.ote || !this.plan.mix) return 'null';
    const share = this.constant('MIX_VARIABLE', `new D(${quote(this.plan.mix.variable.toFixed())})`, 'variable share of the pay mix');
    return this.constant('VARIABLE', `${this.ote()}.times(${share})`, 'variable per year');
  }

  /** `target` in plan scope (bonuses, plan caps and floors): the variable of one period. */
  private planTarget(): string {
    if (!this.plan.ote || !this.plan.mix) return 'null';
    const share = this.constant('MIX_VARIABLE', `new D(${quote(this.plan.mix.variable.toFixed())})`, 'variable share of the pay mix');
    return this.constant('PERIOD_VARIABLE', `${this.ote()}.times(${share}).div(${this.periodCount()})`, '`target` of a bonus or plan cap: the variable of one period');
  }

  private periodInfo(): string {
    this.runtime.add('periodInfo');
    const start = this.plan.fiscalYearStart === null ? 'null' : quote(this.plan.fiscalYearStart);
    return this.constant('PERIOD_INFO', `PERIODS.map((_, k) => periodInfo(${start}, ${MONTHS_PER_PERIOD[this.plan.period]}, k))`, '`period.start`, `period.end` and `period.number`');
  }

  private literal(e: Expr): string {
    switch (e.kind) {
      case 'Number':
        return this.constant(`NUM_${digitsName(e.value)}`, `new D(${quote(e.value)})`, this.lines.text(e.span), 'literal');
      case 'Percent':
        return this.constant(`PCT_${digitsName(e.value)}`, `new D(${quote(e.value)}).div(100)`, this.lines.text(e.span), 'literal');
      case 'Money':
        return this.constant(`${identifierPart(e.currency)}_${digitsName(e.amount)}`, `new D(${quote(e.amount)})`, this.lines.text(e.span), 'literal');
      default:
        throw new Error(`internal: ${e.kind} is not a numeric literal`);
    }
  }

  // ───────────────────────────── methods ─────────────────────────────

  private letMethod(decl: LetDecl): void {
    const { method, memo } = this.letMethods.get(decl)!;
    const slot = this.methods.push('') - 1;
    const ctx: Ctx = { k: 'k', target: () => 'null', locals: new Map(), owner: method };
    const value = unparen(decl.value);
    const body: string[] = [];
    let result: string;
    if (value.kind === 'Aggregate') {
      result = this.aggregateBody(value, ctx, body, '    ');
    } else {
      result = this.expr(value, ctx).code;
    }
    this.methods[slot] = [
      `  // ${this.lines.lines(decl.span)}: ${this.lines.text(decl.span)}`,
      `  ${method}(k) {`,
      `    const known = this.${memo}[k];`,
      '    if (known !== undefined) return known;',
      ...body,
      `    return (this.${memo}[k] = ${result});`,
      '  }',
    ].join('\n');
  }

  private componentMethod(c: ComponentInfo): string {
    const method = this.methodNames.take(`component_${identifierPart(c.name)}`);
    const slot = this.methods.push('') - 1;
    const rule = c.rule!;
    const commission = rule.kind === 'Commission' ? rule : null;
    const body: string[] = [];
    const ind = '    ';
    let target = 'null';
    if (c.annualTarget) {
      const annual = this.constant(`ANNUAL_TARGET_${identifierPart(c.name)}`, `new D(${quote(c.annualTarget.toFixed())})`, `target incentive of ${c.name} per year`);
      const elapsed = c.decl.cumulative ? 'k + 1' : '1';
      const table = this.constant(
        `TARGET_${identifierPart(c.name)}`,
        `PERIODS.map((_, k) => ${annual}.times(${elapsed}).div(${this.periodCount()}))`,
        c.decl.cumulative ? `target of ${c.name} for the year to date, by period` : `target of ${c.name} in one period`,
      );
      body.push(`${ind}const target = ${table}[k];`);
      target = 'target';
    } else {
      body.push(`${ind}const target = null;`);
    }
    const ctx: Ctx = { k: 'k', target: () => target, locals: new Map(), owner: method };
    const gates = c.gates.map((g) => `${ind}  ${this.expr(g, ctx).code}, // ${this.lines.lines(g.span)}: gate ${this.lines.text(g.span)}`);
    body.push(gates.length === 0 ? `${ind}const gates = [];` : `${ind}const gates = [\n${gates.join('\n')}\n${ind}];`);
    let deals = 'null';
    const ownTerms = commission !== null && termsReadTheItem(commission);
    if (commission?.each) {
      const each = commission.each;
      const local = `$${identifierPart(each.variable.name)}`;
      const inner: Ctx = { ...ctx, locals: new Map(ctx.locals).set(each.variable.name, local) };
      body.push(`${ind}// ${this.lines.lines(each.span)}: ${this.lines.text(each.span)}`);
      body.push(`${ind}const deals = [];`);
      body.push(...this.loopHead(local, each.list, each.filter, ctx, inner, ind));
      const id = itemHasId(this.plan, commission) ? `String(${local}.id)` : 'null';
      const key = commission.key ? this.expr(commission.key, inner).code : 'null';
      const terms = ownTerms ? this.dealTerms(commission, inner, `${ind}    `) : 'null';
      body.push(`${ind}  deals.push({ id: ${id}, base: ${this.expr(commission.base, inner).code}, key: ${key}, terms: ${terms} });`);
      body.push(`${ind}}`);
      deals = 'deals';
    }
    if (c.gates.length > 0) {
      body.push(`${ind}if (!gates.every(Boolean)) {`);
      body.push(`${ind}  return { gates, target, attainment: null, bands: [], amount: null, base: null, rate: null, key: null, deals${deals === 'deals' ? '' : ': null'}, caps: [], floors: [] };`);
      body.push(`${ind}}`);
    }
    const field = (name: string, value: string) => `${ind}  ${name === value ? name : `${name}: ${value}`},`;
    const bands = rule.kind === 'Payout' || ownTerms ? '[]' : this.bands(rule.bands, ctx, `${ind}  `);
    const valueLines = [
      field('gates', 'gates'),
      field('target', 'target'),
      c.attainment ? `${ind}  // ${this.lines.lines(c.attainment.span)}: attainment ${this.lines.text(c.attainment.span)}` : null,
      field('attainment', c.attainment ? this.expr(c.attainment, ctx).code : 'null'),
      rule.kind === 'Payout' ? null : `${ind}  // ${this.lines.lines(rule.span)}: ${this.lines.head(rule.span)}`,
      field('bands', bands),
      rule.kind === 'Payout' ? `${ind}  // ${this.lines.lines(rule.span)}: ${this.lines.text(rule.span)}` : null,
      field('amount', rule.kind === 'Payout' ? this.expr(rule.value, ctx).code : 'null'),
      field('base', commission && !commission.each ? this.expr(commission.base, ctx).code : 'null'),
      field('rate', commission?.rate && !ownTerms ? this.expr(commission.rate, ctx).code : 'null'),
      field('key', commission?.key && !commission.each ? this.expr(commission.key, ctx).code : 'null'),
      field('deals', deals),
      field('caps', list(c.caps.map((e) => this.expr(e, ctx).code), `${ind}  `)),
      field('floors', list(c.floors.map((e) => this.expr(e, ctx).code), `${ind}  `)),
    ].filter((l): l is string => l !== null);
    const method0 = [
      `  // ${this.lines.lines(c.decl.span)}: ${this.lines.head(c.decl.span)}`,
      `  ${method}(k) {`,
      ...body,
      `${ind}return {`,
      ...valueLines,
      `${ind}};`,
      '  }',
    ].join('\n');
    this.methods[slot] = method0;
    return method;
  }

  private bonusMethod(decl: BonusDecl): string {
    const method = this.methodNames.take(`bonus_${snakeName(decl.name.value)}`);
    const slot = this.methods.push('') - 1;
    const ctx: Ctx = { k: 'k', target: () => this.planTarget(), locals: new Map(), owner: method };
    const applies = decl.condition ? this.expr(decl.condition, ctx).code : 'true';
    this.runtime.add('ZERO');
    const text = [
      `  // ${this.lines.lines(decl.span)}: ${this.lines.text(decl.span)}`,
      `  ${method}(k) {`,
      `    const applies = ${applies};`,
      `    return { applies, amount: applies ? ${this.expr(decl.amount, ctx).code} : ZERO };`,
      '  }',
    ].join('\n');
    this.methods[slot] = text;
    return method;
  }

  /** A deal's own rate and bands, priced only while the component's gates are open. */
  private dealTerms(c: CommissionItem, ctx: Ctx, ind: string): string {
    const rate = c.rate ? this.expr(c.rate, ctx).code : 'null';
    return `gates.every(Boolean) ? { rate: ${rate}, bands: ${this.bands(c.bands, ctx, ind)} } : null`;
  }

  private bands(bands: readonly Band[], ctx: Ctx, ind: string): string {
    if (bands.length === 0) return '[]';
    const items = bands.map((b) => {
      const lower = b.lower ? this.expr(b.lower.value, ctx).code : 'null';
      const upper = b.upper ? this.expr(b.upper.value, ctx).code : 'null';
      const v = b.value;
      const value =
        v.kind === 'ConstantValue'
          ? `{ kind: 'constant', value: ${this.expr(v.value, ctx).code} }`
          : v.kind === 'LinearValue'
            ? `{ kind: 'linear', from: ${this.expr(v.from, ctx).code}, to: ${this.expr(v.to, ctx).code} }`
            : `{ kind: 'slope', slope: ${this.expr(v.slope, ctx).code} }`;
      return [
        `${ind}  // ${this.lines.lines(b.span)}: ${this.lines.text(b.span)}`,
        `${ind}  {`,
        `${ind}    lower: ${lower},`,
        `${ind}    lowerInclusive: ${b.lower?.inclusive ?? false},`,
        `${ind}    upper: ${upper},`,
        `${ind}    upperInclusive: ${b.upper?.inclusive ?? false},`,
        `${ind}    value: ${value},`,
        `${ind}  },`,
      ].join('\n');
    });
    return `[\n${items.join('\n')}\n${ind}]`;
  }

  // ───────────────────────────── expressions ─────────────────────────────

  private expr(e: Expr, ctx: Ctx): Code {
    switch (e.kind) {
      case 'Number':
      case 'Percent':
      case 'Money':
        return primary(this.literal(e));
      case 'Date':
      case 'String':
        return primary(quote(e.value));
      case 'Bool':
        return primary(String(e.value));
      case 'Paren':
        return this.expr(e.inner, ctx);
      case 'Name':
        return primary(this.name(e, ctx));
      case 'Member': {
        const objectType = this.plan.types.get(e.object);
        if (objectType?.kind === 'enum' && e.object.kind === 'Name' && !ctx.locals.has(e.object.name) && this.plan.enums.has(e.object.name)) {
          return primary(quote(e.property.name));
        }
        return primary(property(wrap(this.expr(e.object, ctx), Prec.Primary), e.property.name));
      }
      case 'Unary':
        if (e.op === 'not') return { code: `!${wrap(this.expr(e.operand, ctx), Prec.Unary)}`, prec: Prec.Unary };
        return primary(`${wrap(this.expr(e.operand, ctx), Prec.Primary)}.neg()`);
      case 'Binary':
        return this.binary(e, ctx);
      case 'If': {
        const c = this.expr(e.condition, ctx);
        const t = this.expr(e.then, ctx);
        const f = this.expr(e.else, ctx);
        return { code: `${wrap(c, Prec.Or)} ? ${wrap(t, Prec.Or)} : ${wrap(f, Prec.Or)}`, prec: Prec.Cond };
      }
      case 'Call':
        return this.call(e, ctx);
      case 'Aggregate':
        return primary(this.helper(e, ctx, e.fn, (inner, body) => this.aggregateBody(e, inner, body, '    ')));
      case 'RecordLiteral':
      case 'ListLiteral':
      case 'Missing':
        throw new Error(`internal: ${e.kind} cannot be evaluated in a plan`);
    }
  }

  private name(e: Extract<Expr, { kind: 'Name' }>, ctx: Ctx): string {
    const ref = this.plan.references.get(e);
    if (!ref) throw new Error(`internal: the name \`${e.name}\` was not resolved`);
    switch (ref.kind) {
      case 'local': {
        const local = ctx.locals.get(e.name);
        if (local === undefined) throw new Error(`internal: no local \`${e.name}\` here`);
        return local;
      }
      case 'input':
        return property(`this.inputs[${ctx.k}]`, e.name);
      case 'let':
        return `this.${this.letMethods.get(ref.decl)!.method}(${ctx.k})`;
      case 'enum-member':
        return quote(ref.member);
      case 'builtin':
        switch (ref.name) {
          case 'base':
            return this.builtinBase();
          case 'variable':
            return this.builtinVariable();
          case 'target':
            return ctx.target();
          case 'period':
            return `${this.periodInfo()}[${ctx.k}]`;
        }
    }
  }

  private binary(e: Extract<Expr, { kind: 'Binary' }>, ctx: Ctx): Code {
    const l = this.expr(e.left, ctx);
    const r = this.expr(e.right, ctx);
    switch (e.op) {
      case 'and':
        return { code: `${wrap(l, Prec.And)} && ${wrap(r, Prec.And)}`, prec: Prec.And };
      case 'or':
        return { code: `${wrap(l, Prec.And)} || ${wrap(r, Prec.And)}`, prec: Prec.Or };
      case '+':
        return primary(`${wrap(l, Prec.Primary)}.plus(${r.code})`);
      case '-':
        return primary(`${wrap(l, Prec.Primary)}.minus(${r.code})`);
      case '*':
      case 'of':
        return primary(`${wrap(l, Prec.Primary)}.times(${r.code})`);
      case '/':
        this.runtime.add('divide');
        return primary(`divide(${l.code}, ${r.code}, ${quote(`\`${this.text(e)}\``)}, PERIODS[${ctx.k}])`);
      default:
        return this.comparison(e.op, e.left, e.right, l, r);
    }
  }

  /**
   * A comparison, as the runtime's `compare` makes it: quantities by their exact decimal value
   * (`a.gte(b)` is `compare('>=', a, b)`), enum members, dates, text and booleans by JavaScript's
   * own `===` and ordering, which is what `compare` does with them.
   */
  private comparison(op: ComparisonOp, left: Expr, right: Expr, l: Code, r: Code): Code {
    const type = this.plan.types.get(unparen(left)) ?? this.plan.types.get(unparen(right));
    const numeric = type?.kind === 'money' || type?.kind === 'percent' || type?.kind === 'number' || type?.kind === 'count';
    const plain = type?.kind === 'enum' || type?.kind === 'date' || type?.kind === 'text' || type?.kind === 'bool';
    if (numeric) {
      const method = { '<': 'lt', '<=': 'lte', '>': 'gt', '>=': 'gte', '==': 'eq', '!=': 'eq' }[op];
      const call = `${wrap(l, Prec.Primary)}.${method}(${r.code})`;
      return op === '!=' ? { code: `!${call}`, prec: Prec.Unary } : primary(call);
    }
    if (plain) {
      const js = op === '==' ? '===' : op === '!=' ? '!==' : op;
      const code = (o: string) => `${wrap(l, Prec.Unary)} ${o} ${wrap(r, Prec.Unary)}`;
      return { code: code(js), prec: Prec.Compare, ...(js === '===' || js === '!==' ? { negated: code(js === '===' ? '!==' : '===') } : {}) };
    }
    this.runtime.add('compare');
    return primary(`compare(${quote(op)}, ${l.code}, ${r.code})`);
  }

  private call(e: CallExpr, ctx: Ctx): Code {
    const name = e.callee.name;
    if (name === 'ytd') {
      const arg = e.args[0]!;
      return primary(
        this.helper(e, ctx, 'ytd', (inner, body) => {
          this.runtime.add('ZERO');
          const value = this.expr(arg, { ...inner, k: 'j' }).code;
          body.push('    let total = ZERO;', `    for (let j = 0; j <= k; j++) total = total.plus(${value});`);
          return 'total';
        }),
      );
    }
    const args = e.args.map((a) => this.expr(a, ctx).code);
    switch (name) {
      case 'min':
        this.runtime.add('minOf');
        return primary(`minOf([${args.join(', ')}])`);
      case 'max':
        this.runtime.add('maxOf');
        return primary(`maxOf([${args.join(', ')}])`);
      case 'clamp':
        this.runtime.add('clamp');
        return primary(`clamp(${args.join(', ')})`);
      case 'abs':
        return primary(`${wrap(this.expr(e.args[0]!, ctx), Prec.Primary)}.abs()`);
      default:
        throw new Error(`internal: unknown function ${name}`);
    }
  }

  /**
   * A helper method for an expression that needs statements (an aggregate's loop, `ytd`'s loop).
   * It takes the period index, `target` when the expression uses it, and the locals it uses, and is
   * called where the expression stands, so it runs exactly when the evaluator would evaluate it.
   */
  private helper(e: Expr, ctx: Ctx, fn: string, build: (inner: Ctx, body: string[]) => string): string {
    const count = (this.helperCounts.get(ctx.owner) ?? 0) + 1;
    this.helperCounts.set(ctx.owner, count);
    const method = this.methodNames.take(`${ctx.owner}_${fn}${count}`);
    const used = this.usedNames(e);
    const params = ['k'];
    const args = [ctx.k];
    const target = used.target ? ctx.target() : 'null';
    if (target !== 'null') {
      params.push('target');
      args.push(target);
    }
    const locals = new Map<string, string>();
    for (const [name, js] of ctx.locals) {
      if (used.locals.has(name)) {
        params.push(js);
        args.push(js);
        locals.set(name, js);
      }
    }
    const inner: Ctx = { k: 'k', target: () => (target === 'null' ? 'null' : 'target'), locals, owner: method };
    const body: string[] = [];
    const result = build(inner, body);
    this.methods.push(
      [`  // ${this.lines.lines(e.span)}: ${this.lines.text(e.span)}`, `  ${method}(${params.join(', ')}) {`, ...body, `    return ${result};`, '  }'].join('\n'),
    );
    return `this.${method}(${args.join(', ')})`;
  }

  /** The loop of an aggregate, written into `body`; returns the JS expression of its value. */
  private aggregateBody(e: AggregateExpr, ctx: Ctx, body: string[], ind: string): string {
    const local = `$${identifierPart(e.variable.name)}`;
    const inner: Ctx = { ...ctx, locals: new Map(ctx.locals).set(e.variable.name, local) };
    const value = e.value ? this.expr(e.value, inner).code : null;
    const where = () => `PERIODS[${ctx.k}] + ${quote(`: ${this.text(e)}`)}`;
    const loop = (line: string) => [...this.loopHead(local, e.list, e.filter, ctx, inner, ind), `${ind}  ${line}`, `${ind}}`];
    switch (e.fn) {
      case 'sum':
        this.runtime.add('ZERO');
        body.push(`${ind}let total = ZERO;`, ...loop(`total = total.plus(${value});`));
        return 'total';
      case 'count':
        this.runtime.add('D');
        body.push(`${ind}let count = 0;`, ...loop(value === null ? 'count++;' : `${value};\n${ind}  count++;`));
        return 'new D(count)';
      case 'average':
        this.runtime.add('averageOf');
        body.push(`${ind}const values = [];`, ...loop(`values.push(${value ?? 'true'});`));
        return `averageOf(values, ${where()})`;
      case 'min':
      case 'max':
        this.runtime.add(e.fn === 'min' ? 'minOf' : 'maxOf');
        this.runtime.add('nonEmpty');
        body.push(`${ind}const values = [];`, ...loop(`values.push(${value ?? 'true'});`));
        return `${e.fn}Of(nonEmpty(values, '${e.fn}', ${where()}))`;
    }
  }

  /** `for (const $d of list) {` and the `where` filter as a `continue`. */
  private loopHead(local: string, listExpr: Expr, filter: Expr | null, outer: Ctx, inner: Ctx, ind: string): string[] {
    const list = this.expr(listExpr, outer).code;
    const lines: string[] = [];
    // `for (const $d of $d.items)` would read the new binding: read the list first.
    if (new RegExp(`${local.replace(/\$/g, '\\$')}(?![\\p{ID_Continue}$])`, 'u').test(list)) {
      const temp = `${local.slice(1)}_list`;
      lines.push(`${ind}const ${temp} = ${list};`, `${ind}for (const ${local} of ${temp}) {`);
    } else {
      lines.push(`${ind}for (const ${local} of ${list}) {`);
    }
    if (filter) lines.push(`${ind}  if (${negate(this.expr(filter, inner))}) continue;`);
    return lines;
  }

  /** Whether an expression uses `target`, and which plan locals it reads. */
  private usedNames(e: Expr): { target: boolean; locals: Set<string> } {
    const used = { target: false, locals: new Set<string>() };
    const visit = (x: Expr | null | undefined): void => {
      if (!x) return;
      switch (x.kind) {
        case 'Name': {
          const ref = this.plan.references.get(x);
          if (ref?.kind === 'local') used.locals.add(x.name);
          if (ref?.kind === 'builtin' && ref.name === 'target') used.target = true;
          return;
        }
        case 'Member':
          return visit(x.object);
        case 'Paren':
          return visit(x.inner);
        case 'Unary':
          return visit(x.operand);
        case 'Binary':
          visit(x.left);
          return visit(x.right);
        case 'If':
          visit(x.condition);
          visit(x.then);
          return visit(x.else);
        case 'Call':
          return x.args.forEach(visit);
        case 'Aggregate':
          visit(x.value);
          visit(x.list);
          return visit(x.filter);
        default:
          return;
      }
    };
    visit(e);
    return used;
  }

  private text(e: Expr): string {
    return this.source.slice(e.span.start, e.span.end).replace(/\s+/g, ' ');
  }
}

function unparen(e: Expr): Expr {
  return e.kind === 'Paren' ? unparen(e.inner) : e;
}

function negate(c: Code): string {
  return c.negated ?? `!${wrap(c, Prec.Unary)}`;
}

function list(items: readonly string[], ind: string): string {
  if (items.length === 0) return '[]';
  const flat = `[${items.join(', ')}]`;
  if (flat.length + ind.length <= 100 && !flat.includes('\n')) return flat;
  return `[\n${items.map((i) => `${ind}  ${i},`).join('\n')}\n${ind}]`;
}

/** `12.5` → `12_5`, `-3` → `MINUS_3`, `1000` → `1000`. */
function digitsName(value: string): string {
  return value.replace(/^-/, 'MINUS_').replace(/\./g, '_').replace(/[^\w]/g, '_');
}
