/** Type references in inputs and record fields: `Money(EUR)`, `list of Deal`, `new | renewal`. */
import { doc, type AstPath, type Doc } from 'prettier';
import type { InlineEnumType, ListType, MissingType, NamedType } from '../../syntax/ast.js';
import type { NodePrinter } from '../nodes.js';

const { join } = doc.builders;

export const printNamedType: NodePrinter<NamedType> = (path, _options, print) =>
  path.node.currency === null ? print('name') : [print('name'), '(', print('currency'), ')'];

export const printListType: NodePrinter<ListType> = (_path, _options, print) => ['list of ', print('element')];

export const printInlineEnumType: NodePrinter<InlineEnumType> = (path, _options, print) =>
  join(' | ', path.map(print, 'members'));

/** A file with syntax errors is never printed, so a missing type here is a bug in the caller. */
export const printMissingType = (path: AstPath<MissingType>): Doc => {
  throw new Error(`cannot format a plan with a missing type at offset ${path.node.span.start}`);
};
