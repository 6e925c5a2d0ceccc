/**
 * Tier tables. A table is one band per line with its bounds padded so the `->` arrows line up:
 *
 *     below 85%           -> 0%
 *     from 85% below 100% -> linear 50% to 100%
 *     from 100%           -> slope 2
 *
 * Comments inside a band are moved onto the band (comments.ts), so its bounds print as plain text
 * whose width can be measured.
 */
import { doc, util, type AstPath, type Doc } from 'prettier';
import type {
  Band,
  Bound,
  CommissionItem,
  ConstantValue,
  CurveItem,
  LinearValue,
  SlopeValue,
} from '../../syntax/ast.js';
import type { NodePrinter, Print, PrintOptions } from '../nodes.js';
import { printBlock, zipLines } from './block.js';

const { join } = doc.builders;

/** What a table passes to each of its bands. */
interface BandArgs {
  readonly boundsWidth: number;
}

function isBandArgs(args: unknown): args is BandArgs {
  return typeof args === 'object' && args !== null && 'boundsWidth' in args;
}

/** The bounds of the band at `path` as one line of text, e.g. `from 85% below 100%`. */
function boundsText(path: AstPath<Band>, options: PrintOptions, print: Print): string {
  const bounds: Doc[] = [];
  if (path.node.lower !== null) bounds.push(print('lower'));
  if (path.node.upper !== null) bounds.push(print('upper'));
  return doc.printer.printDocToString(join(' ', bounds), { ...options, printWidth: Infinity }).formatted;
}

/** The `{ … }` body of a curve or commission: bands one per line, arrows aligned. */
export function printBandTable(path: AstPath<CurveItem | CommissionItem>, options: PrintOptions, print: Print): Doc {
  const widths = path.map((band) => util.getStringWidth(boundsText(band, options, print)), 'bands');
  const args: BandArgs = { boundsWidth: Math.max(0, ...widths) };
  const docs = path.map((band) => print(band, args), 'bands');
  return printBlock(path, options, zipLines(path.node.bands, docs));
}

export const printBand: NodePrinter<Band> = (path, options, print, args) => {
  const bounds = boundsText(path, options, print);
  const width = isBandArgs(args) ? args.boundsWidth : 0;
  const padding = ' '.repeat(Math.max(0, width - util.getStringWidth(bounds)));
  return [bounds, padding, ' -> ', print('value')];
};

export const printBound: NodePrinter<Bound> = (path, _options, print) => [path.node.keyword, ' ', print('value')];

export const printConstantValue: NodePrinter<ConstantValue> = (_path, _options, print) => print('value');

export const printLinearValue: NodePrinter<LinearValue> = (_path, _options, print) => [
  'linear ',
  print('from'),
  ' to ',
  print('to'),
];

export const printSlopeValue: NodePrinter<SlopeValue> = (_path, _options, print) => ['slope ', print('slope')];
