/**
 * The data reader of a generated module: what the runtime's readPayee (src/runtime/payee.ts) does for
 * any plan, driven by InputSpec data, written out for one plan as straight-line code: a function for
 * the per-year inputs, one for a period's inputs, and one per record and list type of the data.
 *
 * It must read exactly as readPayee does: the same checks in the same order, the same PayoutError
 * codes and args, the same warnings in the same order, the same values. So it follows readPayee and
 * readRecord (src/runtime/inputs.ts) step by step: the period rows (the runtime's periodRows), then
 * the per-year inputs and their constraints, then each period's inputs, its warnings and its
 * constraints. Within a record each declared field is looked up in declaration order (missing →
 * PP6001 unless it has a default, which is read from its literal on first use), then the fields it
 * does not declare are warned of, then the declared fields' constraints are checked in field order. The value of each kind is read by the runtime's own reader for it
 * (readMoney, readEnum…), the same functions readPayee uses, so both accept and reject alike.
 */
import { blockComment, lineComment } from './escape.js';
import { withArticle, type FieldSpec, type InputSpec, type ValueType } from '../runtime/inputs.js';
import { NameSet, identifierPart, jsLiteral, property, quote } from './emit-support.js';

/** What the reader needs from the module it is part of. */
export interface ReaderHost {
  /** Names of module scope (functions, constants), shared with the rest of the module. */
  readonly names: NameSet;
  /** Marks a runtime export as used, so the module destructures it. */
  use(name: string): void;
  /** The module constant holding the number of periods in the year, as a decimal. */
  periodCount(): string;
}

export interface EmittedReader {
  /** `readInputs(data, first, warnings)`: each period's inputs, from period `first` on. */
  readonly entry: string;
  /** The reader's constants and functions, in the order they are written. */
  readonly text: string;
}

export function emitReader(specs: readonly InputSpec[], host: ReaderHost): EmittedReader {
  return new ReaderEmitter(specs, host).emit();
}

/** The locals every generated reader function has; a field's local must not take one of them. */
const READER_LOCALS = ['data', 'row', 'raw', 'where', 'who', 'up', 'key', 'path', 'given', 'year', 'warnings', 'inputs', 'rows', 'list', 'items', 'k', 'i'];

class ReaderEmitter {
  private readonly declarations: string[] = [];
  private readonly functions: string[] = [];
  /** Record and list readers already written, by the type they read. */
  private readonly typeReaders = new Map<string, string>();
  private readonly memberLists = new Map<string, string>();

  constructor(
    private readonly specs: readonly InputSpec[],
    private readonly host: ReaderHost,
  ) {}

  emit(): EmittedReader {
    const yearly = this.specs.filter((s) => s.perYear);
    const perPeriod = this.specs.filter((s) => !s.perYear);
    const entry = this.host.names.take('readInputs');
    const readYear = yearly.length > 0 ? this.host.names.take('readYear') : null;
    const readPeriod = this.host.names.take('readPeriod');
    this.host.use('periodRows');
    const yearLine =
      readYear === null
        ? [
            '  // The plan has no per-year inputs: each field of `year` is one it does not know.',
            `  ${this.use('warnUnknownFields')}(data.year ?? {}, 0, ${this.nameSet('YEAR_INPUTS', [], 'the per-year inputs')}, who, null, warnings, 'a per-year input of the plan');`,
          ]
        : [`  const year = ${readYear}(data.year ?? {}, who, warnings);`];
    const entryText = [
      '/**',
      ' * Reads one payee\'s data as readPayee(INPUT_SPECS, PERIODS, data) does: the rows of the periods it',
      ' * covers, the per-year inputs, then the inputs of each period; a field the plan does not know is a',
      ' * warning. Returns the inputs of each period, from period `first` (after an opening state) on.',
      ' */',
      `function ${entry}(data, first, warnings) {`,
      '  const who = data.payee === undefined ? \'the payee\' : `payee "${data.payee}"`;',
      '  const rows = periodRows(data, PERIODS, who, first);',
      ...yearLine,
      '  const inputs = [];',
      `  for (let i = 0; i < rows.length; i++) inputs.push(${readPeriod}(rows[i], \`\${who}, \${PERIODS[first + i]}\`, ${readYear === null ? '' : 'year, '}warnings));`,
      '  return inputs;',
      '}',
    ].join('\n');
    // The entry first, then the per-year and per-period readers, then the record and list readers
    // they call, in the order they are first needed.
    const top: string[] = [entryText];
    if (readYear !== null) top.push(this.inputsReader(readYear, yearly, 'year'));
    top.push(this.inputsReader(readPeriod, perPeriod, 'period', yearly));
    const text = [...(this.declarations.length > 0 ? [this.declarations.join('\n')] : []), ...top, ...this.functions].join('\n\n');
    return { entry, text };
  }

  /**
   * The reader of one row of inputs: the per-year ones (`where` is the payee) or one period's, which
   * also gets its share of each per-year input.
   */
  private inputsReader(name: string, inputs: readonly InputSpec[], kind: 'year' | 'period', yearly: readonly InputSpec[] = []): string {
    const locals = new NameSet(READER_LOCALS, this.host.names);
    const where = kind === 'year' ? 'who' : 'where';
    const body: string[] = ['  let given = 0;'];
    const values: [string, string][] = [];
    for (const input of inputs) {
      const { lines, local } = this.field(input, 'row', where, 'null', locals, this.defaultCache(`${kind}_${input.name}`, input, `\`${input.name}\``));
      body.push(`  // ${lineComment(`input ${input.name}: ${describe(input.type)}${input.default === undefined ? '' : ` = ${input.default}`}${constraintText(input)}`)}`, ...lines);
      values.push([input.name, local]);
    }
    const noun = kind === 'year' ? 'a per-year input of the plan' : 'a per-period input of the plan';
    const known = this.nameSet(kind === 'year' ? 'YEAR_INPUTS' : 'PERIOD_INPUTS', inputs.map((i) => i.name), kind === 'year' ? 'the per-year inputs' : 'the per-period inputs');
    body.push(`  ${this.use('warnUnknownFields')}(row, given, ${known}, ${where}, null, warnings, ${quote(noun)});`);
    // Then the constraints, in input order, on the values read (readPayee's checkConstraint, given
    // the input's own spec, so a `between` reads its limits once as there).
    for (let i = 0; i < inputs.length; i++) {
      const input = inputs[i]!;
      if (!input.constraint) continue;
      const spec = `INPUT_SPECS[${this.specs.indexOf(input)}]`;
      body.push(`  ${this.use('checkConstraint')}(${spec}, ${values[i]![1]}, ${where}, warnings); // ${lineComment(`${input.name}${constraintText(input)}`)}`);
    }
    for (const input of yearly) {
      const k = input.type.kind;
      const share = k === 'money' || k === 'number' || k === 'count';
      values.push([input.name, share ? `${property('year', input.name)}.div(${this.host.periodCount()})` : property('year', input.name)]);
    }
    const doc =
      kind === 'year'
        ? ['/** The per-year inputs, read once for the year; a constraint holds for the whole year\'s value. */']
        : yearly.length > 0
          ? ['/**', ' * The inputs of one period, read and checked, and the per-year ones: an amount, number or count', ' * as its share of one period, any other as given.', ' */']
          : ['/** The inputs of one period, read and checked. */'];
    const params = kind === 'year' ? 'row, who, warnings' : yearly.length > 0 ? 'row, where, year, warnings' : 'row, where, warnings';
    return [...doc, `function ${name}(${params}) {`, ...body, ...objectLines(values, '  '), '}'].join('\n');
  }

  /**
   * One declared field of a row: looked up, counted when given, missing without a default → PP6001,
   * otherwise read (its default when left out). Returns the lines and the local holding the value.
   */
  private field(f: FieldSpec, row: string, where: string, path: string, locals: NameSet, cache: string | null): { lines: string[]; local: string } {
    const part = identifierPart(f.name);
    const local = locals.take(part);
    const raw = locals.take(`raw_${part}`);
    const missing = `${raw} === undefined || ${raw} === null || ${raw} === ''`;
    const read = (value: string) => this.valueCode(f.type, value, where, path, quote(f.name));
    const lines = [`  const ${raw} = ${property(row, f.name)};`, `  if (${raw} !== undefined) given++;`];
    if (f.default === undefined) {
      lines.push(`  if (${missing}) throw ${this.use('missingField')}(${where}, ${path}, ${quote(f.name)});`, `  const ${local} = ${read(raw)};`);
    } else {
      // As readRecord: a left-out field takes its default, read from the literal; a scalar one is
      // read once and kept (values are immutable), a list or record one is read each time.
      const fallback = cache === null ? read(quote(f.default)) : `(${cache} ??= ${read(quote(f.default))})`;
      lines.push(`  const ${local} = ${missing}`, `    ? ${fallback}`, `    : ${read(raw)};`);
    }
    return { lines, local };
  }

  /** The expression reading `raw` as a value of `type`, named by `key` under `up` in errors. */
  private valueCode(type: ValueType, raw: string, where: string, up: string, key: string): string {
    const at = `${where}, ${up}, ${key}`;
    switch (type.kind) {
      case 'money':
        return `${this.use('readMoney')}(${raw}, ${quote(type.currency)}, ${at})`;
      case 'percent':
        return `${this.use('readPercent')}(${raw}, ${at})`;
      case 'number':
        return `${this.use('readNumber')}(${raw}, ${at})`;
      case 'count':
        return `${this.use('readCount')}(${raw}, ${at})`;
      case 'date':
        return `${this.use('readDate')}(${raw}, ${at})`;
      case 'bool':
        return `${this.use('readBool')}(${raw}, ${at})`;
      case 'text':
        return `${this.use('readText')}(${raw}, ${at})`;
      case 'enum':
        return `${this.use('readEnum')}(${raw}, ${this.members(type.name, type.members)}, ${at})`;
      case 'list':
      case 'record':
        return `${this.typeReader(type)}(${raw}, ${at}, warnings)`;
    }
  }

  /** The reader function of a record or list type, written on first use. */
  private typeReader(type: Extract<ValueType, { kind: 'list' | 'record' }>): string {
    const id = JSON.stringify(type);
    const known = this.typeReaders.get(id);
    if (known) return known;
    const name = this.host.names.take(`read_${typeName(type)}`);
    this.typeReaders.set(id, name);
    const slot = this.functions.push('') - 1;
    this.functions[slot] = type.kind === 'list' ? this.listReader(name, type) : this.recordReader(name, type);
    return name;
  }

  private listReader(name: string, type: Extract<ValueType, { kind: 'list' }>): string {
    const item = this.valueCode(type.element, 'raw[i]', 'where', 'list', 'i');
    return [
      `/** One \`${blockComment(describe(type))}\`: each item in order, named \`…[1]\`, \`…[2]\`… in errors. */`,
      `function ${name}(raw, where, up, key, warnings) {`,
      `  if (!Array.isArray(raw)) throw ${this.use('wrongType')}(raw, where, up, key, 'a list');`,
      '  const list = { up, key };',
      '  const items = [];',
      `  for (let i = 0; i < raw.length; i++) items.push(${item});`,
      '  return items;',
      '}',
    ].join('\n');
  }

  private recordReader(name: string, type: Extract<ValueType, { kind: 'record' }>): string {
    const locals = new NameSet(READER_LOCALS, this.host.names);
    const body: string[] = [
      `  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw ${this.use('wrongType')}(raw, where, up, key, ${quote(withArticle(type.name))});`,
      '  const path = { up, key };',
      '  let given = 0;',
    ];
    const values: [string, string][] = [];
    for (const f of type.fields) {
      const { lines, local } = this.field(f, 'raw', 'where', 'path', locals, this.defaultCache(`${type.name}_${f.name}`, f, `\`${type.name}.${f.name}\``));
      body.push(`  // ${lineComment(`${f.name}: ${describe(f.type)}${f.default === undefined ? '' : ` = ${f.default}`}${constraintText(f)}`)}`, ...lines);
      values.push([f.name, local]);
    }
    const known = this.nameSet(`FIELDS_${identifierPart(type.name)}`, type.fields.map((f) => f.name), `the fields of ${type.name}`);
    body.push(`  ${this.use('warnUnknownFields')}(raw, given, ${known}, where, path, warnings, 'a field of the record');`);
    // Then the fields' constraints, in field order, as readRecord checks them: the runtime's
    // checkField, given the field's spec, so a `between` reads its limits once as there.
    for (let i = 0; i < type.fields.length; i++) {
      const f = type.fields[i]!;
      if (!f.constraint) continue;
      const spec = this.host.names.take(`FIELD_${identifierPart(type.name.replace(/\./g, '_'))}_${identifierPart(f.name)}`);
      this.declarations.push(`const ${spec} = ${jsLiteral(f)}; // ${lineComment(`the spec of \`${type.name}.${f.name}\`, for its constraint`)}`);
      body.push(`  ${this.use('checkField')}(${spec}, ${values[i]![1]}, where, path, warnings); // ${lineComment(`${f.name}${constraintText(f)}`)}`);
    }
    return [
      `/** One \`${blockComment(type.name)}\` record: its fields in order, then a warning for each field it does not declare. */`,
      `function ${name}(raw, where, up, key, warnings) {`,
      ...body,
      ...objectLines(values, '  '),
      '}',
    ].join('\n');
  }

  /** The module variable that keeps a scalar default once read; null for a field without one, or a list or record one. */
  private defaultCache(base: string, f: FieldSpec, what: string): string | null {
    if (f.default === undefined || f.type.kind === 'list' || f.type.kind === 'record') return null;
    const name = this.host.names.take(`default_${identifierPart(base.replace(/\./g, '_'))}`);
    this.declarations.push(`let ${name}; // ${lineComment(`${what} when the data leaves it out: ${f.default}`)}, read on first use`);
    return name;
  }

  private nameSet(base: string, names: readonly string[], what: string): string {
    const name = this.host.names.take(base);
    const comment = names.length === 0 ? `${what}: none, so every field is warned of` : `${what}; any other field is warned of`;
    this.declarations.push(`const ${name} = new Set(${jsLiteral(names)}); // ${lineComment(comment)}`);
    return name;
  }

  private members(enumName: string, members: readonly string[]): string {
    const id = JSON.stringify([enumName, members]);
    const known = this.memberLists.get(id);
    if (known) return known;
    const name = this.host.names.take(`MEMBERS_${identifierPart(enumName.replace(/\./g, '_'))}`);
    this.memberLists.set(id, name);
    this.declarations.push(`const ${name} = ${jsLiteral(members)}; // ${lineComment(`the members of ${enumName}`)}`);
    return name;
  }

  private use(name: string): string {
    this.host.use(name);
    return name;
  }
}

/**
 * `return { quota, deals };`, one key per field in field order, as readRecord fills its object. A
 * field named `__proto__` is assigned as readRecord assigns it, not defined by the literal.
 */
function objectLines(values: readonly [string, string][], ind: string): string[] {
  if (values.length === 0) return [`${ind}return {};`];
  if (values.every(([name]) => name !== '__proto__')) {
    const entries = values.map(([name, local]) => (name === local ? name : `${objectKey(name)}: ${local}`));
    const flat = `${ind}return { ${entries.join(', ')} };`;
    return flat.length <= 100 ? [flat] : [`${ind}return {`, ...entries.map((e) => `${ind}  ${e},`), `${ind}};`];
  }
  const lines = [`${ind}const out = {};`];
  for (const [name, local] of values) lines.push(`${ind}out[${quote(name)}] = ${local};`);
  return [...lines, `${ind}return out;`];
}

function objectKey(name: string): string {
  return /^[\p{ID_Start}_$][\p{ID_Continue}$\u200c\u200d]*$/u.test(name) ? name : quote(name);
}

/** `Money`, `list of Deal`, `new | renewal | expansion`, for comments. */
function describe(type: ValueType): string {
  switch (type.kind) {
    case 'money':
      return `Money(${type.currency})`;
    case 'enum':
      return type.name.includes('.') ? type.members.join(' | ') : type.name;
    case 'list':
      return `list of ${describe(type.element)}`;
    case 'record':
      return type.name;
    default:
      return type.kind[0]!.toUpperCase() + type.kind.slice(1);
  }
}

/** The part of a reader's name for a type: `Deal`, `list_of_Deal`, `list_of_Money`. */
function typeName(type: ValueType): string {
  switch (type.kind) {
    case 'list':
      return `list_of_${typeName(type.element)}`;
    case 'record':
    case 'enum':
      return identifierPart(type.name.replace(/\./g, '_'));
    default:
      return type.kind[0]!.toUpperCase() + type.kind.slice(1);
  }
}

function constraintText(input: FieldSpec): string {
  const c = input.constraint;
  if (!c) return '';
  return c.rule === 'between' ? `, must be between ${c.low} and ${c.high}` : `, must be ${c.rule}`;
}
