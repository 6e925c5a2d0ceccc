/**
 * A strict JSON (RFC 8259) reader that keeps every number exact. JSON.parse turns each number into
 * a binary double: `1e-400` becomes 0, `1e999` becomes Infinity, and a 39-digit amount loses its
 * cents, all silently. Here each number is read from its own text:
 *
 * - a number whose double is exactly the number written (`600000.00`, `0.92`, `12`) is that
 *   double, as JSON.parse gives it, so data reads as it always did;
 * - any other number payplan can carry exactly (at most 40 significant digits, the payout
 *   precision, and within 40 decimal places either side of the point) is its exact decimal text
 *   without exponent (`1e21` → `"1000000000000000000000"`), which the input readers take as the
 *   same amount or number, digit for digit;
 * - a number payplan cannot carry exactly is an InexactNumber, which fails the payee holding it.
 *
 * Objects keep the last of a repeated key, as JSON.parse does.
 */

/** The working precision of payouts (src/runtime/decimal.ts): significant digits, and decimal places. */
export const EXACT_DIGITS = 40;

/** A JSON number that cannot be carried exactly; its payee is not paid. */
export class InexactNumber {
  constructor(
    /** As written in the file. */
    readonly text: string,
    /** Why: `it has 41 significant digits`. */
    readonly reason: string,
  ) {}
}

export class JsonSyntaxError extends Error {
  override readonly name = 'JsonSyntaxError';
}

export interface ExactJson {
  readonly value: unknown;
  /** The 1-based line each object and array starts on, down to the payees (depth 2). */
  readonly lines: WeakMap<object, number>;
  /** Whether any InexactNumber was read (so callers need not look for one otherwise). */
  readonly inexact: boolean;
}

export function parseExactJson(text: string): ExactJson {
  return new Reader(text).document();
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

class Reader {
  private i = 0;
  private line = 1;
  private lineStart = 0;
  private inexact = false;
  private readonly lines = new WeakMap<object, number>();

  constructor(private readonly text: string) {}

  document(): ExactJson {
    this.space();
    const value = this.value(0);
    this.space();
    if (this.i < this.text.length) this.fail('unexpected text after the end of the JSON value');
    return { value, lines: this.lines, inexact: this.inexact };
  }

  private fail(message: string): never {
    throw new JsonSyntaxError(`line ${this.line}, column ${this.i - this.lineStart + 1}: ${message}`);
  }

  private space(): void {
    const t = this.text;
    for (;;) {
      const c = t.charCodeAt(this.i);
      if (c === 0x20 || c === 0x09 || c === 0x0d) this.i++;
      else if (c === 0x0a) {
        this.i++;
        this.line++;
        this.lineStart = this.i;
      } else return;
    }
  }

  private found(): string {
    return this.i >= this.text.length ? 'the end of the file' : `\`${this.text[this.i]}\``;
  }

  private value(depth: number): unknown {
    if (depth > 1000) this.fail('the JSON is nested too deeply');
    const c = this.text.charCodeAt(this.i);
    if (c === 0x7b) return this.object(depth);
    if (c === 0x5b) return this.array(depth);
    if (c === 0x22) return this.string();
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return this.number();
    if (this.text.startsWith('true', this.i)) return this.word(4, true);
    if (this.text.startsWith('false', this.i)) return this.word(5, false);
    if (this.text.startsWith('null', this.i)) return this.word(4, null);
    return this.fail(`expected a value but found ${this.found()}`);
  }

  private word<T>(length: number, value: T): T {
    this.i += length;
    return value;
  }

  private object(depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    if (depth <= 2) this.lines.set(out, this.line);
    this.i++;
    this.space();
    if (this.text[this.i] === '}') {
      this.i++;
      return out;
    }
    for (;;) {
      if (this.text[this.i] !== '"') this.fail(`expected a key in quotes but found ${this.found()}`);
      const key = this.string();
      this.space();
      if (this.text[this.i] !== ':') this.fail(`expected \`:\` after the key but found ${this.found()}`);
      this.i++;
      this.space();
      const v = this.value(depth + 1);
      // As JSON.parse: `__proto__` is an own key, never the prototype.
      if (key === '__proto__') Object.defineProperty(out, key, { value: v, writable: true, enumerable: true, configurable: true });
      else out[key] = v;
      this.space();
      const next = this.text[this.i];
      this.i++;
      if (next === '}') return out;
      if (next !== ',') {
        this.i--;
        this.fail(`expected \`,\` or \`}\` but found ${this.found()}`);
      }
      this.space();
    }
  }

  private array(depth: number): unknown[] {
    const out: unknown[] = [];
    if (depth <= 2) this.lines.set(out, this.line);
    this.i++;
    this.space();
    if (this.text[this.i] === ']') {
      this.i++;
      return out;
    }
    for (;;) {
      out.push(this.value(depth + 1));
      this.space();
      const next = this.text[this.i];
      this.i++;
      if (next === ']') return out;
      if (next !== ',') {
        this.i--;
        this.fail(`expected \`,\` or \`]\` but found ${this.found()}`);
      }
      this.space();
    }
  }

  private string(): string {
    const t = this.text;
    let i = this.i + 1;
    let out = '';
    let from = i;
    for (;;) {
      if (i >= t.length) {
        this.i = i;
        this.fail('a string is never closed');
      }
      const c = t.charCodeAt(i);
      if (c === 0x22) break;
      if (c < 0x20) {
        this.i = i;
        this.fail('a control character (such as a line break) inside a string must be escaped');
      }
      if (c !== 0x5c) {
        i++;
        continue;
      }
      out += t.slice(from, i);
      const e = t[i + 1];
      if (e === 'u') {
        const hex = t.slice(i + 2, i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
          this.i = i;
          this.fail('`\\u` must be followed by four hexadecimal digits');
        }
        out += String.fromCharCode(parseInt(hex, 16));
        i += 6;
      } else {
        const plain = e === undefined ? undefined : ESCAPES[e];
        if (plain === undefined) {
          this.i = i;
          this.fail(`\`\\${e ?? ''}\` is not a JSON escape`);
        }
        out += plain;
        i += 2;
      }
      from = i;
    }
    this.i = i + 1;
    return out + t.slice(from, i);
  }

  private number(): number | string | InexactNumber {
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(this.text);
    const next = m === null ? undefined : this.text[this.i + m[0].length];
    if (m === null || (next !== undefined && /[0-9A-Za-z.+-]/.test(next))) {
      const written = /^[-+.0-9A-Za-z]+/.exec(this.text.slice(this.i))?.[0] ?? this.text[this.i];
      this.fail(`\`${written}\` is not a JSON number`);
    }
    this.i += m[0].length;
    const value = exactNumber(m[0]);
    if (value instanceof InexactNumber) this.inexact = true;
    return value;
  }
}

interface Parts {
  readonly negative: boolean;
  /** Without leading or trailing zeros; empty for zero. */
  readonly digits: string;
  /** value = digits × 10^exponent. */
  readonly exponent: number;
}

function parts(lexeme: string): Parts | null {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(lexeme);
  if (m === null) return null;
  const fraction = m[3] ?? '';
  const written = m[4] ?? '0';
  // An exponent beyond any sane data (more than 9 digits) is out of range whatever the digits.
  if (written.replace(/^[+-]?0*/, '').length > 9) return { negative: m[1] === '-', digits: 'x', exponent: Number.POSITIVE_INFINITY };
  let digits = `${m[2]}${fraction}`.replace(/^0+/, '');
  let exponent = Number(written) - fraction.length;
  const trimmed = digits.replace(/0+$/, '');
  exponent += digits.length - trimmed.length;
  digits = trimmed;
  return { negative: m[1] === '-', digits, exponent: digits === '' ? 0 : exponent };
}

/**
 * Up to 15 digits without an exponent, not below 1e-6: the double prints back as the same decimal
 * (15 significant digits always survive a double), so no closer look is needed. Most data is this.
 */
const PLAIN_DOUBLE = /^-?(?!0\.000000)\d+(?:\.\d+)?$/;

function plainDouble(lexeme: string): boolean {
  const digits = lexeme.length - (lexeme.charCodeAt(0) === 0x2d ? 1 : 0) - (lexeme.includes('.') ? 1 : 0);
  return digits <= 15 && PLAIN_DOUBLE.test(lexeme);
}

/** A JSON number as payplan reads it: the double when exact, else its exact text, else InexactNumber. */
export function exactNumber(lexeme: string): number | string | InexactNumber {
  if (plainDouble(lexeme)) return Number(lexeme);
  const p = parts(lexeme)!;
  if (p.digits === '') return Number(lexeme);
  if (!Number.isFinite(p.exponent)) return new InexactNumber(lexeme, 'its exponent is out of range');
  if (p.digits.length > EXACT_DIGITS) {
    return new InexactNumber(lexeme, `it has ${p.digits.length} significant digits, and payplan carries at most ${EXACT_DIGITS}`);
  }
  const highest = p.exponent + p.digits.length - 1;
  if (highest >= EXACT_DIGITS) return new InexactNumber(lexeme, `it is 1e${EXACT_DIGITS} or more, beyond the amounts payplan carries`);
  if (p.exponent < -EXACT_DIGITS) return new InexactNumber(lexeme, `it has digits beyond ${EXACT_DIGITS} decimal places`);
  const double = Number(lexeme);
  const shortest = String(double);
  if (!/e/i.test(shortest)) {
    const q = parts(shortest);
    if (q !== null && q.negative === p.negative && q.digits === p.digits && q.exponent === p.exponent) return double;
  }
  return plainText(p);
}

function plainText({ negative, digits, exponent }: Parts): string {
  const sign = negative ? '-' : '';
  if (exponent >= 0) return `${sign}${digits}${'0'.repeat(exponent)}`;
  const point = digits.length + exponent;
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
