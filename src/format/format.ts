/** `payplan fmt`'s entry: a plan's text in its canonical layout (see docs/formatting.md). */
import { format, type Options } from 'prettier';
import { plugin } from './index.js';

export { PlanSyntaxError } from './parser.js';

/** The layout options a caller may set; everything else is fixed by the canonical form. */
export type FormatOptions = Pick<Options, 'printWidth' | 'endOfLine' | 'filepath'>;

/** Formats one plan file; rejects with a PlanSyntaxError, listing every error, if it does not parse. */
export function formatPlan(text: string, options: FormatOptions = {}): Promise<string> {
  return format(text, { ...options, parser: 'payplan', plugins: [plugin] });
}
