/**
 * A curve's bands as exact run-time bands, when every bound and value is a fixed number. The plan
 * analyses reason on this piecewise-linear form exactly, with the same curve function the runtime
 * pays with; a curve with bounds that depend on data is left to run time.
 */
import type { Band, Expr } from '../../syntax/ast.js';
import type { RuntimeBand } from '../../runtime/tiers.js';
import { constantValue } from '../constant.js';

/**
 * Computed once per table: the analyses, the report and the editor each ask for a curve's bands,
 * and reading every bound's literal again is most of an analysis's cost on a table of 10,000 bands.
 * The AST is not changed after parsing, so the answer for a table never changes; it is shared, and
 * so read-only.
 */
const cache = new WeakMap<readonly Band[], readonly RuntimeBand[] | null>();

export function constantBands(bands: readonly Band[]): readonly RuntimeBand[] | null {
  let known = cache.get(bands);
  if (known === undefined) {
    known = computeBands(bands);
    cache.set(bands, known);
  }
  return known;
}

function computeBands(bands: readonly Band[]): RuntimeBand[] | null {
  const out: RuntimeBand[] = [];
  for (const band of bands) {
    const lower = band.lower ? constantValue(band.lower.value) : null;
    const upper = band.upper ? constantValue(band.upper.value) : null;
    if ((band.lower && lower === null) || (band.upper && upper === null)) return null;
    const value = bandValue(band);
    if (!value) return null;
    out.push({ lower, lowerInclusive: band.lower?.inclusive ?? false, upper, upperInclusive: band.upper?.inclusive ?? false, value });
  }
  return out;
}

function bandValue(band: Band): RuntimeBand['value'] | null {
  const v = band.value;
  const fixed = (e: Expr) => constantValue(e);
  switch (v.kind) {
    case 'ConstantValue': {
      const value = fixed(v.value);
      return value && { kind: 'constant', value };
    }
    case 'LinearValue': {
      const from = fixed(v.from);
      const to = fixed(v.to);
      return from && to && { kind: 'linear', from, to };
    }
    case 'SlopeValue': {
      const slope = fixed(v.slope);
      return slope && { kind: 'slope', slope };
    }
  }
}
