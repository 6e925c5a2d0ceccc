/**
 * Every place a file names a symbol: declarations and uses of plans, inputs, lets, components,
 * bonuses, enums and their members, records and their fields, local variables (`for d in deals`),
 * the built-in names (`base`, `variable`, `target`, `period`) and functions. Go to definition, find
 * references, rename, highlights and semantic tokens are all lookups in this one table.
 *
 * A symbol's key names its plan (plans are identified by name across files, see workspace.ts), so
 * the same key in two files is the same symbol. Plan and bonus names are text in quotes; their
 * occurrence spans cover the text inside the quotes, which is what a rename replaces.
 */
import { planNames, resolveExpectation } from '../check/expectations.js';
import type { CheckedPlan, Ref } from '../check/model.js';
import type { Type } from '../check/types.js';
import type { Expr, PlanDecl, StringLiteral, TestDecl } from '../syntax/ast.js';
import type { Span } from '../text/span.js';
import { touches } from './node-at-offset.js';
import { walk, type Node } from './walk.js';
import type { WorkspaceIndex } from './workspace.js';

export type SymbolKind =
  | 'plan'
  | 'input'
  | 'let'
  | 'component'
  | 'bonus'
  | 'enum'
  | 'member'
  | 'record'
  | 'field'
  | 'local'
  | 'builtin'
  | 'function';

export interface SymbolId {
  /** Equal keys are the same symbol, in any file of the workspace. */
  readonly key: string;
  readonly kind: SymbolKind;
  readonly name: string;
  /** The plan the symbol belongs to (null for functions). */
  readonly plan: string | null;
  /** For a member, its enum; for a field, its record; for a local, where it is bound. */
  readonly container: string | null;
}

export interface Occurrence {
  readonly uri: string;
  /** The name as written; for quoted names, the text inside the quotes. */
  readonly span: Span;
  readonly symbol: SymbolId;
  readonly declaration: boolean;
}

const cache = new WeakMap<object, { generation: number; occurrences: Occurrence[] }>();

/** Every occurrence in one file, in source order. */
export function fileOccurrences(index: WorkspaceIndex, uri: string): Occurrence[] {
  const program = index.get(uri);
  if (!program) return [];
  const cached = cache.get(program);
  if (cached && cached.generation === index.generation) return cached.occurrences;
  const occurrences = collect(index, uri);
  cache.set(program, { generation: index.generation, occurrences });
  return occurrences;
}

/** The occurrence the cursor is on (a cursor right after a name counts). */
export function occurrenceAt(index: WorkspaceIndex, uri: string, offset: number): Occurrence | undefined {
  const all = fileOccurrences(index, uri).filter((o) => touches(o.span, offset));
  return all.find((o) => offset < o.span.end) ?? all[0];
}

/** Every occurrence of the symbol `key` in the workspace, file by file in index order. */
export function occurrencesOf(index: WorkspaceIndex, key: string): Occurrence[] {
  return index.uris().flatMap((uri) => fileOccurrences(index, uri).filter((o) => o.symbol.key === key));
}

function symbol(kind: SymbolKind, plan: string | null, name: string, qualifier?: string): SymbolId {
  const key = [kind, plan ?? '', qualifier ?? '', name].join('\u0000');
  return { key, kind, name, plan, container: qualifier ?? null };
}

export function inner(s: StringLiteral): Span {
  return { start: s.span.start + 1, end: Math.max(s.span.start + 1, s.span.end - 1) };
}

function collect(index: WorkspaceIndex, uri: string): Occurrence[] {
  const program = index.get(uri)!;
  const out: Occurrence[] = [];
  const add = (span: Span, id: SymbolId, declaration = false) => out.push({ uri, span, symbol: id, declaration });
  for (const plan of program.checked.plans) collectPlan(plan, uri, add);
  const tests = new Map<TestDecl, (typeof program.checked.tests)[number]>();
  for (const t of program.checked.tests) if (!tests.has(t.decl)) tests.set(t.decl, t);
  for (const item of program.checked.ast.items) {
    if (item.kind !== 'Test') continue;
    const own = tests.get(item)?.plan ?? null;
    const plan = own ?? (item.planName ? index.planNamed(item.planName.value, uri)?.plan ?? null : null);
    collectTest(item, plan, add);
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

type Add = (span: Span, id: SymbolId, declaration?: boolean) => void;

function refSymbol(ref: Ref, plan: string, uri: string, name: string): SymbolId {
  switch (ref.kind) {
    case 'input':
      return symbol('input', plan, name);
    case 'let':
      return symbol('let', plan, name);
    case 'enum-member':
      return symbol('member', plan, ref.member, ref.enumType.name);
    case 'local':
      return symbol('local', plan, name, `${uri}@${ref.binder.span.start}`);
    case 'builtin':
      return symbol('builtin', plan, ref.name);
  }
}

function collectPlan(plan: CheckedPlan, uri: string, add: Add): void {
  const P = plan.name;
  const decl: PlanDecl = plan.decl;
  add(inner(decl.name), symbol('plan', P, P), true);
  walk(decl, (node, parents) => {
    switch (node.kind) {
      case 'Enum':
        add(node.name.span, symbol('enum', P, node.name.name), true);
        for (const m of node.members) add(m.span, symbol('member', P, m.name, node.name.name), true);
        break;
      case 'Record':
        add(node.name.span, symbol('record', P, node.name.name), true);
        for (const f of node.fields) add(f.name.span, symbol('field', P, f.name.name, node.name.name), true);
        break;
      case 'Input':
        add(node.name.span, symbol('input', P, node.name.name), true);
        break;
      case 'Let':
        add(node.name.span, symbol('let', P, node.name.name), true);
        break;
      case 'Component':
        add(node.name.span, symbol('component', P, node.name.name), true);
        break;
      case 'Bonus':
        add(inner(node.name), symbol('bonus', P, node.name.value), true);
        break;
      case 'InlineEnumType': {
        const owner = inlineEnumOwner(parents);
        if (owner) for (const m of node.members) add(m.span, symbol('member', P, m.name, owner), true);
        break;
      }
      case 'NamedType':
        if (plan.enums.has(node.name.name)) add(node.name.span, symbol('enum', P, node.name.name));
        else if (plan.records.has(node.name.name)) add(node.name.span, symbol('record', P, node.name.name));
        break;
      case 'Name': {
        const ref = plan.references.get(node);
        if (ref) add(node.span, refSymbol(ref, P, uri, node.name));
        break;
      }
      case 'Member':
        memberOccurrences(node.object, node.property, plan, add);
        break;
      case 'Call':
        add(node.callee.span, symbol('function', null, node.callee.name));
        break;
      case 'Aggregate':
        add(node.fnSpan, symbol('function', null, node.fn));
        add(node.variable.span, symbol('local', P, node.variable.name, `${uri}@${node.variable.span.start}`), true);
        break;
      case 'Each':
        add(node.variable.span, symbol('local', P, node.variable.name, `${uri}@${node.variable.span.start}`), true);
        break;
      default:
        break;
    }
  });
}

/** An inline enum is named after its input (`kind`) or its record field (`Deal.kind`). */
function inlineEnumOwner(parents: readonly Node[]): string | null {
  for (let i = parents.length - 1; i >= 0; i--) {
    const p = parents[i]!;
    if (p.kind === 'Input') return p.name.name;
    if (p.kind === 'Field') {
      const record = parents[i - 1];
      return record?.kind === 'Record' ? `${record.name.name}.${p.name.name}` : null;
    }
  }
  return null;
}

function memberOccurrences(object: Expr, property: { name: string; span: Span }, plan: CheckedPlan, add: Add): void {
  const P = plan.name;
  const type = plan.types.get(object);
  if (!type) return;
  if (type.kind === 'enum' && object.kind === 'Name' && plan.enums.get(object.name) === type) {
    add(object.span, symbol('enum', P, object.name));
    if (type.members.includes(property.name)) add(property.span, symbol('member', P, property.name, type.name));
    return;
  }
  if (type.kind === 'record' && type.fields.has(property.name)) add(property.span, symbol('field', P, property.name, type.name));
}

function collectTest(test: TestDecl, plan: CheckedPlan | null, add: Add): void {
  if (!plan) return;
  const P = plan.name;
  if (test.planName) add(inner(test.planName), symbol('plan', P, P));
  const inputs = new Map(plan.inputs.map((i) => [i.name, i]));
  const values = [...(test.given ? [test.given] : []), ...test.periods.map((p) => p.values)];
  for (const record of values) {
    for (const field of record.fields) {
      const input = inputs.get(field.name.name);
      if (!input) continue;
      add(field.name.span, symbol('input', P, input.name));
      testValue(field.value, input.type, P, add);
    }
  }
  const names = planNames(plan);
  for (const e of test.expects) {
    const line = e.line;
    const resolved = resolveExpectation(e, plan);
    if ('diagnostic' in resolved) continue;
    const target = resolved.target;
    if (target.kind === 'measure') add(e.of!.span, symbol('component', P, e.of!.name));
    else if (target.kind === 'let') add(line.span, symbol('let', P, target.info.name));
    else if (target.kind === 'input') add(line.span, symbol('input', P, target.info.name));
    else if (line.kind === 'String') {
      if (names.bonuses.has(line.value)) add(inner(line), symbol('bonus', P, line.value));
    } else if (names.components.has(line.name)) {
      add(line.span, symbol('component', P, line.name));
    }
  }
}

/** Field names and enum members written in test data, read against the input's declared type. */
function testValue(e: Expr, type: Type, P: string, add: Add): void {
  if (e.kind === 'Paren') return testValue(e.inner, type, P, add);
  if (type.kind === 'list' && e.kind === 'ListLiteral') {
    for (const item of e.items) testValue(item, type.element, P, add);
  } else if (type.kind === 'record' && e.kind === 'RecordLiteral') {
    for (const f of e.fields) {
      const declared = type.fields.get(f.name.name);
      if (!declared) continue;
      add(f.name.span, symbol('field', P, f.name.name, type.name));
      testValue(f.value, declared.type, P, add);
    }
  } else if (type.kind === 'enum' && e.kind === 'Name' && type.members.includes(e.name)) {
    add(e.span, symbol('member', P, e.name, type.name));
  }
}
