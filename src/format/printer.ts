/**
 * The payplan printer: one print function per node kind (an exhaustive map, so a new kind in
 * ast.ts does not compile until it can be printed), plus the comment and AST-cleaning hooks.
 */
import type { AstPath, Doc, Printer } from 'prettier';
import { massageAstNode } from './clean.js';
import { canAttachComment, handleComments, printComment } from './comments.js';
import type { CommentNode, FormatNode, NodeKind, NodeOfKind, NodePrinter, Print, PrintOptions } from './nodes.js';
import { printBand, printBound, printConstantValue, printLinearValue, printSlopeValue } from './print/bands.js';
import {
  printAttainment,
  printBonus,
  printCap,
  printAllow,
  printCommission,
  printComponent,
  printCurve,
  printEach,
  printFloor,
  printGate,
  printPayout,
} from './print/component.js';
import {
  printAggregate,
  printBinary,
  printCall,
  printIdentifier,
  printIf,
  printList,
  printMember,
  printMissing,
  printName,
  printParen,
  printRecordField,
  printRecordLiteral,
  printUnary,
} from './print/expression.js';
import { printBool, printDate, printMoney, printNumber, printPercent, printString } from './print/literals.js';
import {
  printConstraint,
  printCurrency,
  printEnum,
  printField,
  printFiscalYear,
  printInput,
  printLet,
  printMix,
  printOte,
  printPeriod,
  printPlan,
  printPlanFile,
  printRecord,
  printRounding,
} from './print/plan.js';
import { printExpect, printTest, printTestPeriod } from './print/test-block.js';
import { printInlineEnumType, printListType, printMissingType, printNamedType } from './print/types.js';
import { getVisitorKeys } from './visitor-keys.js';

const printers: { readonly [K in NodeKind]: NodePrinter<NodeOfKind<K>> } = {
  PlanFile: printPlanFile,
  Plan: printPlan,
  Currency: printCurrency,
  Period: printPeriod,
  FiscalYear: printFiscalYear,
  Ote: printOte,
  Mix: printMix,
  Rounding: printRounding,
  Enum: printEnum,
  Record: printRecord,
  Field: printField,
  NamedType: printNamedType,
  ListType: printListType,
  InlineEnumType: printInlineEnumType,
  MissingType: printMissingType,
  Input: printInput,
  Constraint: printConstraint,
  Let: printLet,
  Component: printComponent,
  Attainment: printAttainment,
  Gate: printGate,
  Curve: printCurve,
  Payout: printPayout,
  Commission: printCommission,
  Each: printEach,
  Cap: printCap,
  Allow: printAllow,
  Floor: printFloor,
  Band: printBand,
  Bound: printBound,
  ConstantValue: printConstantValue,
  LinearValue: printLinearValue,
  SlopeValue: printSlopeValue,
  Bonus: printBonus,
  Test: printTest,
  TestPeriod: printTestPeriod,
  Expect: printExpect,
  Identifier: printIdentifier,
  Number: printNumber,
  Percent: printPercent,
  Money: printMoney,
  Date: printDate,
  String: printString,
  Bool: printBool,
  Name: printName,
  Member: printMember,
  Unary: printUnary,
  Binary: printBinary,
  If: printIf,
  Call: printCall,
  Aggregate: printAggregate,
  RecordLiteral: printRecordLiteral,
  RecordField: printRecordField,
  ListLiteral: printList,
  Paren: printParen,
  Missing: printMissing,
};

function printNode(path: AstPath<FormatNode>, options: PrintOptions, print: Print, args?: unknown): Doc {
  const { kind } = path.node;
  // Comments are printed through printComment, never through print.
  if (kind === 'Comment') throw new Error('a comment reached the node printer');
  return (printers[kind] as NodePrinter<FormatNode>)(path, options, print, args);
}

export const printer: Printer<FormatNode> = {
  print: printNode,
  getVisitorKeys: (node) => [...getVisitorKeys(node)],
  canAttachComment,
  printComment: (path) => printComment(path as AstPath<CommentNode>),
  handleComments,
  massageAstNode,
};
