/**
 * fast-check arbitraries for a plan's payee data, driven by its InputSpecs: each input gets values of
 * its type in every form the data reader takes (`"$1,234.56"`, `"1234.56"`, `1234.56`, `"92%"`,
 * `0.92`…), drawn from pools that make ties with quotas and band boundaries likely, with zero and
 * negative amounts, empty and long deal lists, every enum member, any number of periods keyed by
 * name or listed, and, now and then, a value that breaks its constraint (an input's or a record
 * field's) or its type.
 */
import fc from 'fast-check';
import type { FieldSpec, InputSpec, ValueType } from '../../src/runtime/inputs.js';
import type { PayeeData } from '../../src/runtime/payee.js';

/** Round amounts (in cents) that plans use as quotas and boundaries, so ties actually happen. */
const ROUND_CENTS = [0, 50_000_00, 100_000_00, 120_000_00, 250_000_00, 500_000_00, 600_000_00, 1_000_000_00];

const cents = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...ROUND_CENTS) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 2_000_000_00 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 10_000 }) },
);

function centsText(c: number): string {
  const abs = Math.abs(c);
  const whole = Math.floor(abs / 100).toString();
  const fraction = (abs % 100).toString().padStart(2, '0');
  return `${whole}.${fraction}`;
}

function grouped(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£' };

/** One amount written in any of the forms data uses. */
function moneyFrom(c: number, currency: string): fc.Arbitrary<unknown> {
  const text = centsText(c);
  const [whole, fraction] = text.split('.') as [string, string];
  const sign = c < 0 ? '-' : '';
  const symbol = SYMBOLS[currency];
  const forms: unknown[] = [`${sign}${text}`, c / 100, `${sign}${grouped(whole)}.${fraction}`, `${sign}${whole} ${currency}`];
  if (symbol) forms.push(`${sign}${symbol}${grouped(whole)}${fraction === '00' ? '' : `.${fraction}`}`);
  return fc.constantFrom(...forms);
}

/** Ratios in basis points (10000 = 100%), with the usual band edges. */
const ROUND_BP = [0, 4000, 5000, 6000, 7500, 8500, 9000, 9500, 10000, 12000, 15000, 20000];

function percentFrom(bp: number): fc.Arbitrary<unknown> {
  const percent = bp / 100;
  return fc.constantFrom(`${percent}%`, bp / 10000, String(bp / 10000), ` ${percent} %`);
}

interface Range {
  readonly low: number;
  readonly high: number;
}

/** The range an input's or a field's constraint allows, in the unit the arbitrary draws in (cents, bp, units). */
function allowed(spec: FieldSpec | null): Range | null {
  const c = spec?.constraint;
  if (!c || !spec) return null;
  const scale = spec.type.kind === 'money' ? 100 : spec.type.kind === 'percent' ? 10000 : 1;
  if (c.rule === 'positive') return { low: 1, high: Number.MAX_SAFE_INTEGER };
  if (c.rule === 'non-negative') return { low: 0, high: Number.MAX_SAFE_INTEGER };
  const parse = (raw: string) => {
    const text = raw.replace(/[$€£,\s]/g, '');
    return text.endsWith('%') ? Math.round(Number(text.slice(0, -1)) * 100) : Math.round(Number(text) * scale);
  };
  return { low: parse(c.low!), high: parse(c.high!) };
}

/**
 * A value of the type, usually valid for the constraint; sometimes not (one in `odds + 1`), or not
 * even of the type.
 */
export function valueArb(type: ValueType, spec: FieldSpec | null = null, odds = 19): fc.Arbitrary<unknown> {
  const range = allowed(spec);
  const within = (units: fc.Arbitrary<number>) => (range ? units.filter((u) => u >= range.low && u <= range.high) : units);
  const outside = (units: fc.Arbitrary<number>) =>
    range ? fc.oneof({ weight: odds, arbitrary: within(units) }, { weight: 1, arbitrary: units }) : units;
  switch (type.kind) {
    case 'money': {
      const signed = fc.oneof({ weight: 6, arbitrary: cents }, { weight: 1, arbitrary: cents.map((c) => -c) });
      return outside(range ? fc.oneof(signed, fc.integer({ min: Math.max(range.low, -1e11), max: Math.min(range.high, 1e11) })) : signed).chain(
        (c) => moneyFrom(c, type.currency),
      );
    }
    case 'percent': {
      const bp = fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...ROUND_BP) },
        { weight: 3, arbitrary: fc.integer({ min: 0, max: 25000 }) },
        { weight: 1, arbitrary: fc.integer({ min: -5000, max: 0 }) },
      );
      return outside(range ? fc.oneof(bp, fc.integer({ min: range.low, max: Math.min(range.high, 1e6) })) : bp).chain(percentFrom);
    }
    case 'number': {
      const n = fc.oneof(fc.integer({ min: -100, max: 100 }), fc.constantFrom(0, 7, 9.5, 50, 100));
      const units = range ? fc.oneof(n, fc.integer({ min: Math.max(range.low, -1e6), max: Math.min(range.high, 1e6) })) : n;
      return outside(units).chain((v) => fc.constantFrom<unknown>(v, String(v)));
    }
    case 'count':
      return outside(fc.integer({ min: 0, max: 12 })).chain((v) => fc.constantFrom<unknown>(v, String(v)));
    case 'date':
      return fc
        .record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }), year: fc.constantFrom(2025, 2026, 2027) })
        .map(({ year, month, day }) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    case 'bool':
      return fc.constantFrom<unknown>(true, false, 'true', 'false');
    case 'text':
      // Rarely empty (which data means as "left out"): a list of twenty records, each with a
      // required text, must still be mostly payable.
      return fc.oneof({ weight: 199, arbitrary: fc.string({ minLength: 1, maxLength: 12 }).filter((x) => x.trim() !== '') }, { weight: 1, arbitrary: fc.constant('') });
    case 'enum':
      return fc.oneof({ weight: 400, arbitrary: fc.constantFrom(...type.members) }, { weight: 1, arbitrary: fc.constant('upsell') });
    case 'list':
      return fc.oneof(
        { weight: 1, arbitrary: fc.constant([]) },
        { weight: 6, arbitrary: fc.array(valueArb(type.element), { minLength: 1, maxLength: 6 }) },
        { weight: 1, arbitrary: fc.array(valueArb(type.element), { minLength: 7, maxLength: 25 }) },
      );
    case 'record': {
      const fields: Record<string, fc.Arbitrary<unknown>> = {};
      for (const f of type.fields) {
        // A constrained field is usually within its constraint and now and then not, as an input;
        // more rarely, as a list holds many records and one bad field fails the whole payee.
        const value = valueArb(f.type, f, 49);
        fields[f.name] = f.default === undefined ? value : fc.oneof(value, fc.constant(undefined));
      }
      return fc.record(fields).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)));
    }
  }
}

/** Now and then a row loses a field or gets a value of the wrong type. */
function damaged(row: Record<string, unknown>, specs: readonly InputSpec[]): fc.Arbitrary<Record<string, unknown>> {
  if (specs.length === 0) return fc.constant(row);
  return fc.oneof(
    { weight: 60, arbitrary: fc.constant(row) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...specs).map((s) => {
        const { [s.name]: _, ...rest } = row;
        return rest;
      }),
    },
    { weight: 1, arbitrary: fc.constantFrom(...specs).map((s) => ({ ...row, [s.name]: { not: 'a value' } })) },
  );
}

function rowArb(specs: readonly InputSpec[]): fc.Arbitrary<Record<string, unknown>> {
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const s of specs) fields[s.name] = s.default === undefined ? valueArb(s.type, s) : fc.oneof({ weight: 4, arbitrary: valueArb(s.type, s) }, { weight: 1, arbitrary: fc.constant(undefined) });
  return fc
    .record(fields)
    .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)))
    .chain((row) => damaged(row, specs));
}

/** One payee's data for a plan with these inputs and periods. */
export function payeeDataArb(specs: readonly InputSpec[], periodNames: readonly string[]): fc.Arbitrary<PayeeData> {
  const yearly = specs.filter((s) => s.perYear);
  const perPeriod = specs.filter((s) => !s.perYear);
  return fc
    .record({
      count: fc.integer({ min: 1, max: periodNames.length }),
      keyed: fc.boolean(),
      year: rowArb(yearly),
      payee: fc.option(fc.constantFrom('Dana Reyes', 'Priya', 'Ö. Şahin'), { nil: undefined }),
    })
    .chain(({ count, keyed, year, payee }) =>
      fc.array(rowArb(perPeriod), { minLength: count, maxLength: count }).map((rows) => {
        const periods = keyed ? Object.fromEntries(rows.map((row, k) => [periodNames[k]!, row])) : rows;
        return { ...(payee === undefined ? {} : { payee }), year, periods } as PayeeData;
      }),
    );
}
