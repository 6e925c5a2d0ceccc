/**
 * The binder: collects a plan's declarations (enums, records, inputs, lets, components, bonuses)
 * into its name tables and resolves written types to the type model. Reports duplicate and
 * unknown names; everything after it looks names up here.
 */
import type { Identifier, InputDecl, LetDecl, PlanDecl, TypeRef } from '../syntax/ast.js';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { closestName } from './did-you-mean.js';
import {
  BOOL,
  COUNT,
  DATE,
  ERROR,
  NUMBER,
  PERCENT,
  TEXT,
  listOf,
  money,
  type EnumType,
  type RecordField,
  type RecordType,
  type Type,
} from './types.js';

export interface PlanSymbols {
  readonly enums: Map<string, EnumType>;
  readonly records: Map<string, RecordType>;
  /** Enum member name → the enums that have it (more than one makes a bare use ambiguous). */
  readonly members: Map<string, EnumType[]>;
  readonly inputs: Map<string, { decl: InputDecl; type: Type }>;
  readonly lets: Map<string, LetDecl>;
  readonly components: Set<string>;
  readonly bonuses: Set<string>;
}

const BUILTIN_TYPES = ['Money', 'Percent', 'Number', 'Count', 'Date', 'Bool', 'Text'];

export function bindPlan(plan: PlanDecl, currency: string, diagnostics: Diagnostic[]): PlanSymbols {
  const symbols: PlanSymbols = {
    enums: new Map(),
    records: new Map(),
    members: new Map(),
    inputs: new Map(),
    lets: new Map(),
    components: new Set(),
    bonuses: new Set(),
  };
  const valueNames = new Map<string, Identifier>();
  const typeNames = new Map<string, Identifier>();

  const declare = (names: Map<string, Identifier>, id: Identifier): boolean => {
    const previous = names.get(id.name);
    if (previous) {
      diagnostics.push(
        createDiagnostic('PP2002', id.span, { name: id.name }, {
          related: [{ span: previous.span, message: `\`${id.name}\` is first defined here` }],
        }),
      );
      return false;
    }
    names.set(id.name, id);
    return true;
  };

  for (const item of plan.items) {
    if (item.kind === 'Enum' && declare(typeNames, item.name)) {
      const enumType = enumOf(item.name.name, item.members, diagnostics);
      symbols.enums.set(item.name.name, enumType);
      addMembers(symbols, enumType);
    }
  }
  // Records may name each other and enums in any order: declare them all before resolving fields.
  const recordDecls = plan.items.filter((i) => i.kind === 'Record');
  for (const record of recordDecls) {
    if (declare(typeNames, record.name)) {
      symbols.records.set(record.name.name, { kind: 'record', name: record.name.name, fields: new Map() });
    }
  }
  const resolver = new TypeResolver(symbols, currency, diagnostics);
  for (const record of recordDecls) {
    const recordType = symbols.records.get(record.name.name);
    if (!recordType || recordType.fields.size > 0) continue;
    const fields = recordType.fields as Map<string, RecordField>;
    for (const field of record.fields) {
      if (fields.has(field.name.name)) {
        diagnostics.push(createDiagnostic('PP2002', field.name.span, { name: field.name.name }));
        continue;
      }
      const type = resolver.resolve(field.type, `${record.name.name}.${field.name.name}`);
      fields.set(field.name.name, { name: field.name.name, type, default: field.default, constraint: field.constraint });
    }
  }

  for (const item of plan.items) {
    switch (item.kind) {
      case 'Input':
        if (declare(valueNames, item.name)) {
          symbols.inputs.set(item.name.name, { decl: item, type: resolver.resolve(item.type, item.name.name) });
        }
        break;
      case 'Let':
        if (declare(valueNames, item.name)) symbols.lets.set(item.name.name, item);
        break;
      case 'Component':
        if (declare(valueNames, item.name)) symbols.components.add(item.name.name);
        break;
      case 'Bonus':
        if (symbols.bonuses.has(item.name.value)) {
          diagnostics.push(createDiagnostic('PP2002', item.name.span, { name: item.name.value }));
        }
        symbols.bonuses.add(item.name.value);
        break;
      default:
        break;
    }
  }
  return symbols;
}

function enumOf(name: string, members: readonly Identifier[], diagnostics: Diagnostic[]): EnumType {
  const seen = new Set<string>();
  for (const m of members) {
    if (seen.has(m.name)) diagnostics.push(createDiagnostic('PP2002', m.span, { name: m.name }));
    seen.add(m.name);
  }
  return { kind: 'enum', name, members: [...seen] };
}

function addMembers(symbols: PlanSymbols, enumType: EnumType): void {
  for (const member of enumType.members) {
    const owners = symbols.members.get(member) ?? [];
    owners.push(enumType);
    symbols.members.set(member, owners);
  }
}

class TypeResolver {
  constructor(
    private readonly symbols: PlanSymbols,
    private readonly currency: string,
    private readonly diagnostics: Diagnostic[],
  ) {}

  /** `owner` names an inline enum after the field or input that declares it. */
  resolve(ref: TypeRef, owner: string): Type {
    switch (ref.kind) {
      case 'MissingType':
        return ERROR;
      case 'ListType':
        return listOf(this.resolve(ref.element, owner));
      case 'InlineEnumType': {
        const enumType = enumOf(owner, ref.members, this.diagnostics);
        addMembers(this.symbols, enumType);
        return enumType;
      }
      case 'NamedType':
        return this.named(ref.name, ref.currency);
    }
  }

  private named(name: Identifier, currency: Identifier | null): Type {
    switch (name.name) {
      case 'Money':
        return money(currency?.name ?? this.currency);
      case 'Percent':
        return PERCENT;
      case 'Number':
        return NUMBER;
      case 'Count':
        return COUNT;
      case 'Date':
        return DATE;
      case 'Bool':
        return BOOL;
      case 'Text':
        return TEXT;
    }
    const declared = this.symbols.enums.get(name.name) ?? this.symbols.records.get(name.name);
    if (declared) return declared;
    const known = [...BUILTIN_TYPES, ...this.symbols.enums.keys(), ...this.symbols.records.keys()];
    const suggestion = closestName(name.name, known);
    this.diagnostics.push(
      createDiagnostic('PP2003', name.span, { name: name.name }, suggestion === undefined ? {} : {
        help: `did you mean \`${suggestion}\`?`,
        fixes: [{ title: `Change to \`${suggestion}\``, edits: [{ span: name.span, newText: suggestion }] }],
      }),
    );
    return ERROR;
  }
}
