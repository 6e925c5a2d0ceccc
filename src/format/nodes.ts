/**
 * The tree prettier walks: our AST nodes (plus the plan block, which `Node` leaves out) and our
 * comments. Prettier attaches comments by mutating nodes (`comments`, `leading`, `trailing`,
 * `printed`), so these types describe what the printer may read back, not what the parser made.
 */
import type { AstPath, Doc, ParserOptions } from 'prettier';
import type { Node, PlanDecl, PlanFile } from '../syntax/ast.js';
import type { Span } from '../text/span.js';

/** A `//` comment as prettier sees it; `value` is the name prettier's own messages read. */
export interface CommentNode {
  readonly kind: 'Comment';
  readonly span: Span;
  readonly value: string;
  leading?: boolean;
  trailing?: boolean;
  printed?: boolean;
  /** Set by a handler that attaches the comment to one spot of its node (see comments.ts). */
  marker?: string;
}

type SyntaxNode = Node | PlanDecl;

export type FormatNode = (SyntaxNode | CommentNode) & { comments?: CommentNode[] };

/** The root handed to prettier: the file with its comments, which prettier detaches on attach. */
export type FormatRoot = PlanFile & { comments?: CommentNode[] };

export type NodeKind = SyntaxNode['kind'];

export type NodeOfKind<K extends NodeKind> = Extract<SyntaxNode, { kind: K }>;

export type PrintOptions = ParserOptions<FormatNode>;

/** Prettier's recursive print callback: prints a child by key (or a path) with optional args. */
export type Print = (selector?: string | number | (string | number)[] | AstPath, args?: unknown) => Doc;

export type NodePrinter<N> = (path: AstPath<N>, options: PrintOptions, print: Print, args?: unknown) => Doc;
