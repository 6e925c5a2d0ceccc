/** `test` blocks: the `given` values, per-period values and expectations. */
import { doc, type AstPath, type Doc } from 'prettier';
import type { Expect, TestDecl, TestPeriod } from '../../syntax/ast.js';
import type { NodePrinter, Print, PrintOptions } from '../nodes.js';
import { printBlock, printDanglingComments, zipLines, type BlockLine } from './block.js';

const { hardline } = doc.builders;

/** The body keeps the author's order of `given`, periods and `expect`s (the AST splits them up). */
export const printTest: NodePrinter<TestDecl> = (path, options, print) => {
  const { node } = path;
  const lines: BlockLine[] = [
    ...(node.given === null ? [] : [{ span: node.given.span, doc: printGiven(path, options, print) }]),
    ...zipLines(node.periods, path.map(print, 'periods')),
    ...zipLines(node.expects, path.map(print, 'expects')),
  ].sort((a, b) => a.span.start - b.span.start);
  return [
    'test ',
    print('name'),
    node.planName === null ? '' : [' for ', print('planName')],
    ' ',
    printBlock(path, options, lines),
  ];
};

/** `given { … }`, after the comments written above it (which comments.ts keeps off the record). */
function printGiven(path: AstPath<TestDecl>, options: PrintOptions, print: Print): Doc {
  const comments = printDanglingComments(path, options, 'given');
  return [comments, comments === '' ? '' : hardline, 'given ', print('given')];
}

export const printTestPeriod: NodePrinter<TestPeriod> = (_path, _options, print) => [
  print('period'),
  ' ',
  print('values'),
];

export const printExpect: NodePrinter<Expect> = (path, _options, print) => [
  'expect ',
  path.node.period === null ? '' : [print('period'), ' '],
  print('line'),
  path.node.of === null ? '' : ['(', print('of'), ')'],
  ' = ',
  print('value'),
];
