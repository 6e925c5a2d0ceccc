/**
 * The type model: units are types. Money carries its currency; Percent is a ratio; Count is a
 * whole Number. `error` is the poison type given to an expression that already has a diagnostic,
 * so one mistake is reported once rather than at every expression built on it.
 */
import type { Constraint, Expr } from '../syntax/ast.js';

export type Type =
  | { readonly kind: 'money'; readonly currency: string }
  | { readonly kind: 'percent' }
  | { readonly kind: 'number' }
  | { readonly kind: 'count' }
  | { readonly kind: 'date' }
  | { readonly kind: 'bool' }
  | { readonly kind: 'text' }
  | EnumType
  | RecordType
  | { readonly kind: 'list'; readonly element: Type }
  | { readonly kind: 'error' };

export interface EnumType {
  readonly kind: 'enum';
  readonly name: string;
  readonly members: readonly string[];
}

export interface RecordField {
  readonly name: string;
  readonly type: Type;
  /** Used when data leaves the field out; a field without one is required. */
  readonly default: Expr | null;
  /** `must be …`, checked on every value the data gives; the built-in `period` has none. */
  readonly constraint?: Constraint | null;
}

export interface RecordType {
  readonly kind: 'record';
  readonly name: string;
  readonly fields: ReadonlyMap<string, RecordField>;
}

export const PERCENT: Type = { kind: 'percent' };
export const NUMBER: Type = { kind: 'number' };
export const COUNT: Type = { kind: 'count' };
export const DATE: Type = { kind: 'date' };
export const BOOL: Type = { kind: 'bool' };
export const TEXT: Type = { kind: 'text' };
export const ERROR: Type = { kind: 'error' };

export function money(currency: string): Type {
  return { kind: 'money', currency };
}

export function listOf(element: Type): Type {
  return { kind: 'list', element };
}

export function isNumeric(t: Type): boolean {
  return t.kind === 'number' || t.kind === 'count';
}

/** Two types are interchangeable: Count is accepted where a Number is expected. */
export function assignable(to: Type, from: Type): boolean {
  if (to.kind === 'error' || from.kind === 'error') return true;
  if (to.kind === 'number' && from.kind === 'count') return true;
  if (to.kind !== from.kind) return false;
  switch (to.kind) {
    case 'money':
      return to.currency === (from as typeof to).currency;
    case 'enum':
    case 'record':
      return to.name === (from as typeof to).name;
    case 'list':
      return assignable(to.element, (from as typeof to).element);
    default:
      return true;
  }
}

/** How a type reads in a message: `Money (USD)`, `Percent`, `a list of Deal`. */
export function typeName(t: Type): string {
  switch (t.kind) {
    case 'money':
      return `Money (${t.currency})`;
    case 'percent':
      return 'Percent';
    case 'number':
      return 'Number';
    case 'count':
      return 'Count';
    case 'date':
      return 'Date';
    case 'bool':
      return 'Bool';
    case 'text':
      return 'Text';
    case 'enum':
    case 'record':
      return t.name;
    case 'list':
      return `list of ${typeName(t.element)}`;
    case 'error':
      return 'an invalid value';
  }
}

/** The same with an article, for sentences: "a Percent", "an Enum". */
export function aTypeName(t: Type): string {
  const name = typeName(t);
  if (t.kind === 'money' || t.kind === 'list' || t.kind === 'error') return name;
  return /^[AEIOU]/.test(name) ? `an ${name}` : `a ${name}`;
}
