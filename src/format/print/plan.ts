/** The file, plan blocks and what a plan declares: header items, enums, records, inputs and lets. */
import { doc } from 'prettier';
import type {
  Constraint,
  CurrencyItem,
  EnumDecl,
  FieldDecl,
  FiscalYearItem,
  InputDecl,
  LetDecl,
  MixItem,
  OteItem,
  PeriodItem,
  PlanDecl,
  PlanFile,
  RecordDecl,
  RoundingItem,
} from '../../syntax/ast.js';
import type { NodePrinter } from '../nodes.js';
import { printBlock, printBracketed, printDanglingComments, recordStyle, zipLines } from './block.js';

const { hardline, join } = doc.builders;

/** Top-level blocks are always one blank line apart; the file ends with a newline. */
export const printPlanFile: NodePrinter<PlanFile> = (path, options, print) => {
  const items = path.map(print, 'items');
  if (items.length > 0) return [join([hardline, hardline], items), hardline];
  const dangling = printDanglingComments(path, options);
  return dangling === '' ? '' : [dangling, hardline];
};

export const printPlan: NodePrinter<PlanDecl> = (path, options, print) => [
  'plan ',
  print('name'),
  ' ',
  printBlock(path, options, zipLines(path.node.items, path.map(print, 'items'))),
];

export const printCurrency: NodePrinter<CurrencyItem> = (_path, _options, print) => ['currency ', print('code')];

export const printPeriod: NodePrinter<PeriodItem> = (path) => `period ${path.node.unit}`;

export const printFiscalYear: NodePrinter<FiscalYearItem> = (_path, _options, print) => [
  'fiscal year starts ',
  print('start'),
];

export const printOte: NodePrinter<OteItem> = (_path, _options, print) => ['ote ', print('amount')];

export const printMix: NodePrinter<MixItem> = (_path, _options, print) => [
  'mix ',
  print('base'),
  ' base / ',
  print('variable'),
  ' variable',
];

export const printRounding: NodePrinter<RoundingItem> = (path, _options, print) => [
  'rounding ',
  path.node.mode,
  path.node.step === null ? '' : [' to ', print('step')],
];

export const printEnum: NodePrinter<EnumDecl> = (path, options, print) => [
  'enum ',
  print('name'),
  ' ',
  printBracketed(path, options, recordStyle, path.map(print, 'members')),
];

export const printRecord: NodePrinter<RecordDecl> = (path, options, print) => [
  'record ',
  print('name'),
  ' ',
  printBracketed(path, options, recordStyle, path.map(print, 'fields')),
];

/** `name: Type [= default] [must be …]`, in that order, as an input. */
export const printField: NodePrinter<FieldDecl> = (path, _options, print) => [
  print('name'),
  ': ',
  print('type'),
  path.node.default === null ? '' : [' = ', print('default')],
  path.node.constraint === null ? '' : [' ', print('constraint')],
];

/** `input name: Type [per year] [= default] [must be …]`, in that order. */
export const printInput: NodePrinter<InputDecl> = (path, _options, print) => {
  const { node } = path;
  return [
    'input ',
    print('name'),
    ': ',
    print('type'),
    node.perYear ? ' per year' : '',
    node.default === null ? '' : [' = ', print('default')],
    node.constraint === null ? '' : [' ', print('constraint')],
  ];
};

export const printConstraint: NodePrinter<Constraint> = (path, _options, print) =>
  path.node.rule === 'between'
    ? ['must be between ', print('low'), ' and ', print('high')]
    : `must be ${path.node.rule}`;

export const printLet: NodePrinter<LetDecl> = (_path, _options, print) => [
  'let ',
  print('name'),
  ' = ',
  print('value'),
];
