/**
 * Small pieces the code generators share: JavaScript names made from plan names, plain data written
 * as JavaScript literals, and comments that point back to the plan's lines.
 */
import { D } from '../runtime/decimal.js';
import type { Span } from '../text/span.js';
import { commentText, jsQuoted, jsString } from './escape.js';

const JS_IDENTIFIER = /^[\p{ID_Start}_$][\p{ID_Continue}$\u200c\u200d]*$/u;

/** Words that cannot be a binding name in strict-mode ES modules. */
const RESERVED = new Set(
  (
    'await break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if implements import in instanceof interface let new null package private protected public return static ' +
    'super switch this throw true try typeof var void while with yield arguments eval ' +
    // Globals that generated code reads: a binding of one of these would shadow it.
    'undefined NaN Infinity globalThis Array Object String Number Boolean BigInt Symbol JSON Math Date RegExp ' +
    'Error TypeError RangeError Set Map WeakMap WeakSet Promise Reflect Proxy'
  ).split(' '),
);

/** A plan name as the part of a JavaScript identifier: kept when it is one, escaped otherwise. */
export function identifierPart(name: string): string {
  if (JS_IDENTIFIER.test(name)) return name;
  let out = '';
  for (const ch of name) out += /[\p{ID_Continue}$]/u.test(ch) ? ch : `_u${ch.codePointAt(0)!.toString(16)}_`;
  return /^[\p{ID_Start}_$]/u.test(out) ? out : `_${out}`;
}

export function isIdentifier(name: string): boolean {
  return JS_IDENTIFIER.test(name) && !RESERVED.has(name);
}

/** `obj.name`, or `obj["name"]` when the name is not an identifier. */
export function property(object: string, name: string): string {
  return JS_IDENTIFIER.test(name) ? `${object}.${name}` : `${object}[${jsString(name)}]`;
}

/**
 * Hands out unique names: the first asker of a base gets it, later ones get `base_2`, `base_3`…
 * A set of function locals may have the module's set as `outer`: a local then never takes a
 * module-scope name (which it would shadow), and the module never takes a local's later.
 */
export class NameSet {
  private readonly used = new Set<string>();
  /** Names the locals of some function hold: not for the module, though other functions may reuse them. */
  private readonly heldByLocals = new Set<string>();

  constructor(
    reserved: Iterable<string> = [],
    private readonly outer: NameSet | null = null,
  ) {
    for (const r of reserved) this.used.add(r);
  }

  private free(name: string): boolean {
    if (this.used.has(name) || RESERVED.has(name)) return false;
    return this.outer ? !this.outer.used.has(name) : !this.heldByLocals.has(name);
  }

  take(base: string): string {
    let name = base;
    for (let n = 2; !this.free(name); n++) name = `${base}_${n}`;
    this.used.add(name);
    this.outer?.heldByLocals.add(name);
    return name;
  }
}

/** "President's Club kicker" → "presidents_club_kicker". */
export function snakeName(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .map((w) => w.toLowerCase());
  return identifierPart(words.join('_') || 'unnamed');
}

/** Plain data (strings, numbers, booleans, null, arrays, records and decimals) as a JS literal. */
export function jsLiteral(value: unknown, indent = '', width = 100): string {
  const flat = flatLiteral(value);
  if (flat.length + indent.length <= width || !(Array.isArray(value) || isRecord(value))) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return `[\n${value.map((v) => `${inner}${jsLiteral(v, inner, width)},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return `{\n${entries.map(([k, v]) => `${inner}${key(k)}: ${jsLiteral(v, inner, width)},`).join('\n')}\n${indent}}`;
}

function flatLiteral(value: unknown): string {
  if (value instanceof D) return `new D(${quote(value.toFixed())})`;
  if (Array.isArray(value)) return `[${value.map(flatLiteral).join(', ')}]`;
  if (isRecord(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${key(k)}: ${flatLiteral(v)}`).join(', ')} }`;
  }
  if (typeof value === 'string') return quote(value);
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new Error(`internal: cannot write ${typeof value} as a literal`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof D);
}

function key(name: string): string {
  return JS_IDENTIFIER.test(name) ? name : quote(name);
}

/** A JavaScript string literal, single-quoted unless the text holds a single quote. */
export function quote(text: string): string {
  return jsQuoted(text);
}

/** Where spans start and end in lines, for comments that name the plan line. */
export class LineMap {
  private readonly starts: number[] = [0];

  constructor(private readonly source: string) {
    for (let i = 0; i < source.length; i++) if (source[i] === '\n') this.starts.push(i + 1);
  }

  line(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** `line 20` or `lines 22-27`. */
  lines(span: Span): string {
    const first = this.line(span.start);
    const last = this.line(Math.max(span.start, span.end - 1));
    return first === last ? `line ${first}` : `lines ${first}-${last}`;
  }

  /** The span's text on one line, shortened to `max` characters, safe inside any comment (escape.ts). */
  text(span: Span, max = 96): string {
    const flat = this.source.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
    return commentText(shorten(flat, max));
  }

  /** The first line of the span's text (a block's header, without its body). */
  head(span: Span, max = 96): string {
    const first = this.source.slice(span.start, span.end).split('\n')[0]!.replace(/\s*(\{|\/\/).*$/, '').trim();
    const flat = first.replace(/\s+/g, ' ');
    return commentText(shorten(flat, max));
  }
}

/** At most `max` characters, never cutting a surrogate pair in two. */
function shorten(flat: string, max: number): string {
  if (flat.length <= max) return flat;
  let cut = max - 1;
  const last = flat.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return `${flat.slice(0, cut)}…`;
}
