/**
 * The JavaScript back end: a PayoutProgram → an ES module that imports only decimal.js.
 *
 * The module holds the payout runtime inline (src/runtime bundled, see runtime-source.generated.ts),
 * the plan's shape, state and input specs as literals, and one class whose methods translate the
 * program's nodes into straight-line decimal.js code: one method per let (memoised per period, as
 * the interpreter memoises), one per component and per bonus, and a helper method per aggregate
 * that is not a let's whole value. `run` opens the state, reads the data with a reader written for
 * the plan's inputs (emit-reader.ts: readPayee's checks, errors and warnings as straight-line code)
 * and hands each period's values to the runtime's runPlan, exactly as src/compile/interpret.ts
 * does; the two must agree on every statement and every error, down to the explanation strings,
 * and test/properties/emit-equals-evaluate.test.ts holds them to it.
 *
 * Evaluation order matters for which error a payee with several bad values gets, so every node is
 * evaluated in the interpreter's order: JavaScript evaluates operands, arguments and object literal
 * properties left to right, and the interpreter's short cuts (`and`, `or`, `if`, closed gates) are
 * short cuts here too. Nothing here reads the AST: what a plan means is in the program.
 */
import type { Aggregate, BandNodes, BonusNodes, ComponentNodes, EachNodes, LetNodes, Node, Origin, PayoutProgram, TargetTable } from './ir.js';
import { nodeChildren } from './ir-walk.js';
import { emitReader } from './emit-reader.js';
import { RUNTIME_BODY, RUNTIME_EXPORTS, RUNTIME_IMPORT } from './runtime-source.generated.js';
import { jsString, lineComment } from './escape.js';
import { LineMap, NameSet, identifierPart, jsLiteral, property, quote, snakeName } from './emit-support.js';
import type { Comparison } from '../runtime/ops.js';

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

/** Where a node is translated: the plan locals bound there and the method it belongs to. */
interface Ctx {
  /** Plan local name → JS variable. */
  readonly locals: ReadonlyMap<string, string>;
  /** The method this node belongs to, for naming its helpers. */
  readonly owner: string;
}

const primary = (code: string): Code => ({ code, prec: Prec.Primary });

function wrap(c: Code, min: Prec): string {
  return c.prec >= min ? c.code : `(${c.code})`;
}

/** `source` is the plan file's text, for the comments that cite plan lines. */
export function emitJs(program: PayoutProgram, source: string, options: EmitOptions = {}): string {
  return new JsEmitter(program, source, options).module();
}

/** A span for LineMap from a node's origin. */
const span = (o: Origin) => ({ start: o.start, end: o.end });

class JsEmitter {
  private readonly lines: LineMap;
  /** Runtime exports the plan code uses, destructured at the top of the module. */
  private readonly runtime = new Set<string>(['D', 'PayoutError', 'runPlan', 'emptyState', 'openState']);
  /** Module constants, in first-use order: plan facts (targets, pay mix, period dates) and literals. */
  private readonly facts = new Map<string, { code: string; comment?: string }>();
  private readonly constants = new Map<string, { code: string; comment?: string }>();
  /** Module-scope names: the constants and the reader's functions, never a runtime export's or the module's own. */
  private readonly constantNames = new NameSet([...RUNTIME_EXPORTS, 'payplanRuntime', 'Decimal', 'PLAN_SHAPE', 'PLAN_STATE', 'YTD_COUNT', 'INPUT_SPECS', 'PERIODS', 'plan', 'run', 'PlanYear']);
  private readonly literalNames = new Map<string, string>();
  private readonly methodNames = new NameSet(['constructor', 'period', 'inputs', 'state']);
  private readonly letMethods: { method: string; memo: string }[];
  private readonly helperCounts = new Map<string, number>();
  /** Methods of the PlanYear class, in order. */
  private readonly methods: string[] = [];

  constructor(
    private readonly program: PayoutProgram,
    source: string,
    private readonly options: EmitOptions,
  ) {
    this.lines = new LineMap(source);
    this.letMethods = program.lets.map((l) => {
      const name = this.methodNames.take(`let_${identifierPart(l.name)}`);
      return { method: name, memo: `memo_${name.slice(4)}` };
    });
  }

  module(): string {
    const program = this.program;
    program.lets.forEach((l, i) => this.letMethod(l, i));
    const components = program.components.map((c) => this.componentMethod(c));
    const bonuses = program.bonuses.map((b) => this.bonusMethod(b));
    const planCtx: Ctx = { locals: new Map(), owner: 'period' };
    const caps = program.caps.map((e) => this.expr(e, planCtx).code);
    const floors = program.floors.map((e) => this.expr(e, planCtx).code);
    const ytd = program.ytd.map((y) => `${this.expr(y.value, planCtx).code} /* ${this.lines.text(span(y.origin))} */`);
    const periodMethod = [
      '  /**',
      '   * The values of period k (0 is the first period of the year) that the runner pays from, with the',
      '   * state as the period opens; `ytd` is each ytd(…)\'s value this period, added to its sum at the close.',
      '   */',
      '  period(k, state) {',
      '    this.state = state;',
      '    return {',
      `      components: ${list(components.map((c) => `this.${c}(k)`), '      ')},`,
      `      bonuses: ${list(bonuses.map((b) => `this.${b}(k)`), '      ')},`,
      `      caps: ${list(caps, '      ')},`,
      `      floors: ${list(floors, '      ')},`,
      `      ytd: ${list(ytd, '      ')},`,
      '    };',
      '  }',
    ].join('\n');

    const reader = emitReader(program.inputs, { names: this.constantNames, use: (name) => this.runtime.add(name), periodCount: () => this.periodCount() });
    const memoFields = this.letMethods.map((l) => `    this.${l.memo} = [];`);
    const classText = [
      '/**',
      ` * One payee's plan year: the inputs of each period (indexed from the first period of the year), read`,
      ` * and checked by ${reader.entry}, and the value of each let in each period once computed (lets are`,
      ' * memoised per period).',
      ' */',
      'class PlanYear {',
      '  constructor(inputs, first) {',
      '    this.inputs = [];',
      '    inputs.forEach((row, i) => (this.inputs[first + i] = row));',
      '    this.state = null;',
      ...memoFields,
      '  }',
      '',
      [periodMethod, ...this.methods].join('\n\n'),
      '}',
    ].join('\n');

    const declare = ([name, c]: [string, { code: string; comment?: string }]) => `const ${name} = ${c.code};${c.comment ? ` // ${lineComment(c.comment)}` : ''}`;
    const facts = [...this.facts].map(declare);
    const constants = [...this.constants].map(declare);
    const runtimeNames = [...this.runtime].sort((a, b) => a.localeCompare(b, 'en'));
    const file = this.options.fileName ? ` from ${this.options.fileName}` : '';
    return [
      `// Generated by payplan${lineComment(file)}: plan ${lineComment(jsString(program.name))}. Do not edit; change the plan and build again.`,
      '//',
      '// run(data) pays one payee for the periods their data covers and returns their statement. It throws',
      '// PayoutError (with a stable `code` such as PP6003 and `args` naming the row and field) for data the',
      '// plan cannot pay. The payout runtime is included at the end of this file; it needs only decimal.js.',
      RUNTIME_IMPORT,
      '',
      `const { ${runtimeNames.join(', ')} } = payplanRuntime();`,
      '',
      '// The plan\'s fixed shape: names, modes and the source texts its explanations quote.',
      `const PLAN_SHAPE = ${jsLiteral(program.shape)};`,
      '',
      '// The state carried from period to period: what a statement\'s `opening` and `closing` hold.',
      `const PLAN_STATE = ${jsLiteral(program.state)};`,
      `const YTD_COUNT = ${program.ytd.length};`,
      '',
      '// How each input is read from the data: its type, default, constraint and whether it is per year.',
      '// The reader below is written from these; checkConstraint takes an input\'s own.',
      `const INPUT_SPECS = ${jsLiteral(program.inputs)};`,
      '',
      'const PERIODS = PLAN_SHAPE.periodNames;',
      ...(facts.length > 0 ? ['', ...facts] : []),
      ...(constants.length > 0 ? ['', '// The literals of the plan.', ...constants] : []),
      '',
      '/** The plan\'s name, currency and periods. */',
      `export const plan = ${jsLiteral({ name: program.name, currency: program.currency, periods: program.shape.periodNames })};`,
      '',
      'export { PayoutError };',
      '',
      '/**',
      ' * Pays one payee for the periods their data covers, from the start of the year or from the',
      ' * `opening` state an earlier statement closed with; throws PayoutError on data the plan cannot pay.',
      ' */',
      'export function run(data) {',
      '  const warnings = [];',
      '  const who = data.payee === undefined ? \'the payee\' : `payee "${data.payee}"`;',
      '  const { state, first } = data.opening === undefined ? { state: emptyState(PLAN_SHAPE, YTD_COUNT), first: 0 } : openState(data.opening, PLAN_SHAPE, PLAN_STATE, YTD_COUNT, who);',
      `  const inputs = ${reader.entry}(data, first, warnings);`,
      '  const year = new PlanYear(inputs, first);',
      '  const span = { first, count: inputs.length, state, stateShape: PLAN_STATE };',
      '  return runPlan(PLAN_SHAPE, (k, s) => year.period(k, s), span, data.payee, warnings);',
      '}',
      '',
      '// ───────────────────────────── reading the data ─────────────────────────────',
      '//',
      '// readPayee(INPUT_SPECS, PERIODS, data, first) of the runtime, written out for this plan\'s inputs: the',
      '// same checks in the same order, the same PayoutError codes and args, the same warnings. Each value is',
      '// read by the runtime\'s reader for its kind (readMoney, readEnum…), as readPayee reads it.',
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
    return this.constant('PERIOD_COUNT', `new D(${this.program.periods.length})`);
  }

  private decimal(value: { toFixed(): string }): string {
    return `new D(${quote(value.toFixed())})`;
  }

  /** A target per period, as a module constant indexed by period. */
  private target(table: TargetTable): string {
    const name = this.constant(identifierPart(table.name), `[${table.values.map((v) => this.decimal(v)).join(', ')}]`, table.comment);
    return `${name}[k]`;
  }

  private periodInfo(): string {
    const periods = this.program.periods.map((p) => `{ start: ${quote(p.start)}, end: ${quote(p.end)}, number: ${this.decimal(p.number)} }`);
    return this.constant('PERIOD_INFO', `[${periods.join(', ')}]`, '`period.start`, `period.end` and `period.number`');
  }

  private number(n: Extract<Node, { op: 'number' }>): string {
    const digits = digitsName(n.unit === 'percent' ? n.origin.text.replace(/[%\s,]/g, '') : n.value.toFixed());
    const base = n.unit === 'money' ? `${identifierPart(this.program.currency)}_${digits}` : `${n.unit === 'percent' ? 'PCT' : 'NUM'}_${digits}`;
    return this.constant(base, this.decimal(n.value), this.lines.text(span(n.origin)), 'literal');
  }

  // ───────────────────────────── methods ─────────────────────────────

  private letMethod(l: LetNodes, index: number): void {
    const { method, memo } = this.letMethods[index]!;
    const slot = this.methods.push('') - 1;
    const ctx: Ctx = { locals: new Map(), owner: method };
    const body: string[] = [];
    const result = l.value.op === 'aggregate' ? this.aggregateBody(l.value, ctx, body, '    ') : this.expr(l.value, ctx).code;
    this.methods[slot] = [
      `  // ${this.lines.lines(span(l.origin))}: ${this.lines.text(span(l.origin))}`,
      `  ${method}(k) {`,
      `    const known = this.${memo}[k];`,
      '    if (known !== undefined) return known;',
      ...body,
      `    return (this.${memo}[k] = ${result});`,
      '  }',
    ].join('\n');
  }

  private componentMethod(c: ComponentNodes): string {
    const method = this.methodNames.take(`component_${identifierPart(c.name)}`);
    const slot = this.methods.push('') - 1;
    const body: string[] = [];
    const ind = '    ';
    const ctx: Ctx = { locals: new Map(), owner: method };
    body.push(`${ind}const target = ${c.target ? this.target(c.target) : 'null'};`);
    const gates = c.gates.map((g) => `${ind}  ${this.expr(g, ctx).code}, // gate ${this.lines.text(span(originOf(g, c)))}`);
    body.push(gates.length === 0 ? `${ind}const gates = [];` : `${ind}const gates = [\n${gates.join('\n')}\n${ind}];`);
    const deals = c.each ? this.dealsLoop(c.each, ctx, body, ind) : 'null';
    if (c.gates.length > 0) {
      body.push(`${ind}if (!gates.every(Boolean)) {`);
      body.push(`${ind}  return { gates, target, attainment: null, bands: [], amount: null, base: null, rate: null, key: null, deals${deals === 'deals' ? '' : ': null'}, caps: [], floors: [] };`);
      body.push(`${ind}}`);
    }
    const field = (name: string, value: string) => `${ind}  ${name === value ? name : `${name}: ${value}`},`;
    const x = (n: Node | null) => (n ? this.expr(n, ctx).code : 'null');
    const valueLines = [
      field('gates', 'gates'),
      field('target', 'target'),
      field('attainment', x(c.attainment)),
      `${ind}  // ${this.lines.lines(span(c.ruleOrigin))}: ${this.lines.head(span(c.ruleOrigin))}`,
      field('bands', this.bands(c.bands, ctx, `${ind}  `)),
      field('amount', x(c.amount)),
      field('base', x(c.base)),
      field('rate', x(c.rate)),
      field('key', x(c.key)),
      field('deals', deals),
      field('caps', list(c.caps.map((e) => this.expr(e, ctx).code), `${ind}  `)),
      field('floors', list(c.floors.map((e) => this.expr(e, ctx).code), `${ind}  `)),
    ];
    this.methods[slot] = [
      `  // ${this.lines.lines(span(c.origin))}: ${this.lines.head(span(c.origin))}`,
      `  ${method}(k) {`,
      ...body,
      `${ind}return {`,
      ...valueLines,
      `${ind}};`,
      '  }',
    ].join('\n');
    return method;
  }

  /** The per-transaction loop: each item that passes the filter, its amount, key and own terms. */
  private dealsLoop(each: EachNodes, ctx: Ctx, body: string[], ind: string): string {
    const local = `$${identifierPart(each.local)}`;
    const inner: Ctx = { ...ctx, locals: new Map(ctx.locals).set(each.local, local) };
    body.push(`${ind}// ${this.lines.lines(span(each.origin))}: ${this.lines.text(span(each.origin))}`);
    body.push(`${ind}const deals = [];`);
    body.push(...this.loopHead(local, each.list, each.filter, ctx, inner, ind));
    const id = each.hasId ? `String(${local}.id)` : 'null';
    const key = each.key ? this.expr(each.key, inner).code : 'null';
    // The item's own terms are priced only while the component's gates are open.
    const terms = each.terms
      ? `gates.every(Boolean) ? { rate: ${each.terms.rate ? this.expr(each.terms.rate, inner).code : 'null'}, bands: ${this.bands(each.terms.bands, inner, `${ind}    `)} } : null`
      : 'null';
    body.push(`${ind}  deals.push({ id: ${id}, base: ${this.expr(each.base, inner).code}, key: ${key}, terms: ${terms} });`);
    body.push(`${ind}}`);
    return 'deals';
  }

  private bonusMethod(b: BonusNodes): string {
    const method = this.methodNames.take(`bonus_${snakeName(b.name)}`);
    const slot = this.methods.push('') - 1;
    const ctx: Ctx = { locals: new Map(), owner: method };
    const applies = b.condition ? this.expr(b.condition, ctx).code : 'true';
    this.runtime.add('ZERO');
    this.methods[slot] = [
      `  // ${this.lines.lines(span(b.origin))}: ${this.lines.text(span(b.origin))}`,
      `  ${method}(k) {`,
      `    const applies = ${applies};`,
      `    return { applies, amount: applies ? ${this.expr(b.amount, ctx).code} : ZERO };`,
      '  }',
    ].join('\n');
    return method;
  }

  private bands(bands: readonly BandNodes[], ctx: Ctx, ind: string): string {
    if (bands.length === 0) return '[]';
    const x = (n: Node) => this.expr(n, ctx).code;
    const items = bands.map((b) => {
      const v = b.value;
      const value =
        v.kind === 'constant'
          ? `{ kind: 'constant', value: ${x(v.value)} }`
          : v.kind === 'linear'
            ? `{ kind: 'linear', from: ${x(v.from)}, to: ${x(v.to)} }`
            : `{ kind: 'slope', slope: ${x(v.slope)} }`;
      return [
        `${ind}  // ${this.lines.lines(span(b.origin))}: ${this.lines.text(span(b.origin))}`,
        `${ind}  {`,
        `${ind}    lower: ${b.lower ? x(b.lower) : 'null'},`,
        `${ind}    lowerInclusive: ${b.lowerInclusive},`,
        `${ind}    upper: ${b.upper ? x(b.upper) : 'null'},`,
        `${ind}    upperInclusive: ${b.upperInclusive},`,
        `${ind}    value: ${value},`,
        `${ind}  },`,
      ].join('\n');
    });
    return `[\n${items.join('\n')}\n${ind}]`;
  }

  // ───────────────────────────── nodes ─────────────────────────────

  private expr(n: Node, ctx: Ctx): Code {
    switch (n.op) {
      case 'number':
        return primary(this.number(n));
      case 'constant':
        return primary(typeof n.value === 'boolean' ? String(n.value) : quote(n.value));
      case 'fact':
        return primary(this.constant(n.fact.toUpperCase(), this.decimal(n.value), `${n.fact} per year`));
      case 'target':
        return primary(this.target(n.table));
      case 'period':
        return primary(`${this.periodInfo()}[k]`);
      case 'input':
        return primary(property('this.inputs[k]', n.name));
      case 'let':
        return primary(`this.${this.letMethods[n.index]!.method}(k)`);
      case 'local': {
        const local = ctx.locals.get(n.name);
        if (local === undefined) throw new Error(`internal: no local \`${n.name}\` here`);
        return primary(local);
      }
      case 'field':
        return primary(property(wrap(this.expr(n.object, ctx), Prec.Primary), n.name));
      case 'neg':
        return primary(`${wrap(this.expr(n.operand, ctx), Prec.Primary)}.neg()`);
      case 'not':
        return { code: `!${wrap(this.expr(n.operand, ctx), Prec.Unary)}`, prec: Prec.Unary };
      case 'arith': {
        const l = this.expr(n.left, ctx);
        const r = this.expr(n.right, ctx);
        if (n.fn === '/') {
          this.runtime.add('divide');
          return primary(`divide(${l.code}, ${r.code}, ${quote(`\`${n.origin.text}\``)}, PERIODS[k])`);
        }
        return primary(`${wrap(l, Prec.Primary)}.${n.fn === '+' ? 'plus' : n.fn === '-' ? 'minus' : 'times'}(${r.code})`);
      }
      case 'compare':
        return this.comparison(n.fn, n.numeric, this.expr(n.left, ctx), this.expr(n.right, ctx));
      case 'logic': {
        const l = this.expr(n.left, ctx);
        const r = this.expr(n.right, ctx);
        return n.fn === 'and' ? { code: `${wrap(l, Prec.And)} && ${wrap(r, Prec.And)}`, prec: Prec.And } : { code: `${wrap(l, Prec.And)} || ${wrap(r, Prec.And)}`, prec: Prec.Or };
      }
      case 'if': {
        const c = this.expr(n.condition, ctx);
        const t = this.expr(n.then, ctx);
        const f = this.expr(n.else, ctx);
        return { code: `${wrap(c, Prec.Or)} ? ${wrap(t, Prec.Or)} : ${wrap(f, Prec.Or)}`, prec: Prec.Cond };
      }
      case 'call': {
        if (n.fn === 'abs') return primary(`${wrap(this.expr(n.args[0]!, ctx), Prec.Primary)}.abs()`);
        const args = n.args.map((a) => this.expr(a, ctx).code);
        if (n.fn === 'clamp') {
          this.runtime.add('clamp');
          return primary(`clamp(${args.join(', ')})`);
        }
        this.runtime.add(`${n.fn}Of`);
        return primary(`${n.fn}Of([${args.join(', ')}])`);
      }
      case 'aggregate':
        return primary(this.helper(n, ctx, n.fn, (inner, body) => this.aggregateBody(n, inner, body, '    ')));
      case 'ytd':
        // The sum of the earlier periods is state; this period's value is added to it.
        return primary(`this.state.ytd[${n.state}].plus(${this.expr(n.value, ctx).code})`);
    }
  }

  /**
   * A comparison, as the runtime's `compare` makes it: quantities by their exact decimal value
   * (`a.gte(b)` is `compare('>=', a, b)`), enum members, dates, text and booleans by JavaScript's
   * own `===` and ordering, which is what `compare` does with them.
   */
  private comparison(op: Comparison, numeric: boolean | null, l: Code, r: Code): Code {
    if (numeric === true) {
      const method = { '<': 'lt', '<=': 'lte', '>': 'gt', '>=': 'gte', '==': 'eq', '!=': 'eq' }[op];
      const call = `${wrap(l, Prec.Primary)}.${method}(${r.code})`;
      return op === '!=' ? { code: `!${call}`, prec: Prec.Unary } : primary(call);
    }
    if (numeric === false) {
      const js = op === '==' ? '===' : op === '!=' ? '!==' : op;
      const code = (o: string) => `${wrap(l, Prec.Unary)} ${o} ${wrap(r, Prec.Unary)}`;
      return { code: code(js), prec: Prec.Compare, ...(js === '===' || js === '!==' ? { negated: code(js === '===' ? '!==' : '===') } : {}) };
    }
    this.runtime.add('compare');
    return primary(`compare(${quote(op)}, ${l.code}, ${r.code})`);
  }

  /**
   * A helper method for a node that needs statements (an aggregate's loop). It takes the period
   * index and the locals it uses, and is called where the node stands, so it runs exactly when the
   * interpreter would evaluate it.
   */
  private helper(n: Aggregate, ctx: Ctx, fn: string, build: (inner: Ctx, body: string[]) => string): string {
    const count = (this.helperCounts.get(ctx.owner) ?? 0) + 1;
    this.helperCounts.set(ctx.owner, count);
    const method = this.methodNames.take(`${ctx.owner}_${fn}${count}`);
    const used = usedLocals(n);
    const params = ['k'];
    const locals = new Map<string, string>();
    for (const [name, js] of ctx.locals) {
      if (used.has(name)) {
        params.push(js);
        locals.set(name, js);
      }
    }
    const body: string[] = [];
    const result = build({ locals, owner: method }, body);
    this.methods.push(
      [`  // ${this.lines.lines(span(n.origin))}: ${this.lines.text(span(n.origin))}`, `  ${method}(${params.join(', ')}) {`, ...body, `    return ${result};`, '  }'].join('\n'),
    );
    return `this.${method}(${params.join(', ')})`;
  }

  /** The loop of an aggregate, written into `body`; returns the JS expression of its value. */
  private aggregateBody(n: Aggregate, ctx: Ctx, body: string[], ind: string): string {
    const local = `$${identifierPart(n.local)}`;
    const inner: Ctx = { ...ctx, locals: new Map(ctx.locals).set(n.local, local) };
    const value = n.value ? this.expr(n.value, inner).code : null;
    const where = () => `PERIODS[k] + ${quote(`: ${n.origin.text}`)}`;
    const loop = (line: string) => [...this.loopHead(local, n.list, n.filter, ctx, inner, ind), `${ind}  ${line}`, `${ind}}`];
    switch (n.fn) {
      case 'sum':
        this.runtime.add('ZERO');
        body.push(`${ind}let total = ZERO;`, ...loop(`total = total.plus(${value});`));
        return 'total';
      case 'count':
        body.push(`${ind}let count = 0;`, ...loop(value === null ? 'count++;' : `${value};\n${ind}  count++;`));
        return 'new D(count)';
      case 'average':
        this.runtime.add('averageOf');
        body.push(`${ind}const values = [];`, ...loop(`values.push(${value ?? 'true'});`));
        return `averageOf(values, ${where()})`;
      case 'min':
      case 'max':
        this.runtime.add(n.fn === 'min' ? 'minOf' : 'maxOf');
        this.runtime.add('nonEmpty');
        body.push(`${ind}const values = [];`, ...loop(`values.push(${value ?? 'true'});`));
        return `${n.fn}Of(nonEmpty(values, '${n.fn}', ${where()}))`;
    }
  }

  /** `for (const $d of list) {` and the `where` filter as a `continue`. */
  private loopHead(local: string, listNode: Node, filter: Node | null, outer: Ctx, inner: Ctx, ind: string): string[] {
    const list = this.expr(listNode, outer).code;
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
}

/** The plan locals a node reads. */
function usedLocals(n: Node): Set<string> {
  const used = new Set<string>();
  const visit = (x: Node): void => {
    if (x.op === 'local') used.add(x.name);
    nodeChildren(x).forEach(visit);
  };
  visit(n);
  return used;
}

/** Where a gate stands, for its comment: its own text where it has one, else the component's. */
function originOf(n: Node, c: ComponentNodes): Origin {
  return 'origin' in n ? n.origin : c.origin;
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
