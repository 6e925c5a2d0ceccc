/**
 * Where comments go. Prettier attaches each `//` comment to a node before or after it; the small
 * handlers below take the cases where that would move a comment off its construct or break the
 * laws, each returning true only for the comments it owns. The rule they implement:
 *
 * - between the lines of a body (see comment-context.ts), prettier's placement is right: a comment
 *   on its own line leads the next line, one at the end of a line trails it;
 * - in an empty body, a comment stays in the body;
 * - at the end of a block's opening line (`component X { // note`), it stays there;
 * - inside one line, a comment stays where it was written when the line breaks right after it
 *   (`a // note` before `+ b`); otherwise it goes on the line as a whole: above it when written on
 *   a line of its own or when more comments follow in or right after the line, else at its end.
 *
 * A line comment left in the middle of a line would cut the line in two, or end up on one line
 * with another comment and read as part of it; and the comments of a line keep their order.
 */
import { util, type AstPath, type Doc } from 'prettier';
import {
  bodyOpen,
  breaksAfter,
  chainAround,
  hasCommentIn,
  hasEmptyBody,
  innerNodesHoldComments,
  isLine,
} from './comment-context.js';
import type { CommentNode, FormatNode } from './nodes.js';
import { printCommentText } from './print/block.js';

/** What prettier passes a handler: the comment with the nodes it found around it. */
interface PlacedComment extends CommentNode {
  readonly enclosingNode?: FormatNode;
  readonly precedingNode?: FormatNode;
  readonly followingNode?: FormatNode;
}

interface Placement {
  readonly comment: PlacedComment;
  readonly text: string;
  readonly root: FormatNode;
  /** Written on a line of its own, rather than after code. */
  readonly ownLine: boolean;
}

type Handler = (placement: Placement) => boolean;

/** The nodes printed with `printBlock`, whose opening line can end with a comment. */
const blockKinds: ReadonlySet<FormatNode['kind']> = new Set(['Plan', 'Component', 'Curve', 'Commission', 'Test']);

export function canAttachComment(node: FormatNode): boolean {
  return typeof node.kind === 'string' && node.kind !== 'Comment';
}

export function printComment(path: AstPath<CommentNode>): Doc {
  return printCommentText(path.node);
}

const handleEmptyBodyComment: Handler = ({ comment, text }) => {
  const owner = comment.enclosingNode;
  if (owner === undefined || !hasEmptyBody(owner)) return false;
  const open = bodyOpen(owner, text);
  if (open === undefined || comment.span.start < open) return false;
  return util.addDanglingComment(owner, comment, undefined);
};

/**
 * The `given` keyword is outside the record's span, so a comment above the `given` line, or just
 * after the keyword, would land between keyword and record: it goes above the line instead.
 */
const handleGivenComment: Handler = ({ comment, text, ownLine }) => {
  const test = comment.enclosingNode;
  if (test?.kind !== 'Test' || test.given === null || comment.followingNode !== test.given) return false;
  if (comment.span.start < (bodyOpen(test, text) ?? test.span.end)) return false;
  const afterKeyword = !text.slice(comment.span.end, test.given.span.start).includes('given');
  if (!ownLine && !afterKeyword) return false;
  return util.addDanglingComment(test, comment, 'given');
};

/**
 * At the end of the line that opens a body: a block keeps it after its `{`; a bracketed group
 * (which may end up on one line) puts it above its first element.
 */
const handleOpeningLineComment: Handler = ({ comment, text, ownLine }) => {
  const owner = comment.enclosingNode;
  if (ownLine || owner === undefined) return false;
  const open = bodyOpen(owner, text);
  if (open === undefined || !/^[^\S\n\r]*$/.test(text.slice(open + 1, comment.span.start))) return false;
  if (blockKinds.has(owner.kind)) return util.addDanglingComment(owner, comment, 'open');
  return comment.followingNode !== undefined && util.addLeadingComment(comment.followingNode, comment);
};

const handleCommentWithinLine: Handler = ({ comment, text, root, ownLine }) => {
  const enclosing = comment.enclosingNode;
  if (enclosing === undefined) return false;
  const open = bodyOpen(enclosing, text);
  if (open !== undefined && comment.span.start > open) return false;
  const line = chainAround(root, comment.span).reverse().find(isLine)?.node;
  if (line === undefined) return false;
  // Once a comment went to the end of the line, every later one of the line follows it there.
  const endTaken = line.comments?.some((c) => c.trailing || c.marker === 'open') ?? false;
  const after = comment.precedingNode;
  if (!endTaken && after !== undefined && breaksAfter(enclosing, after)) return util.addTrailingComment(after, comment);
  const firstHere = !endTaken && !innerNodesHoldComments(line);
  // A comment after this one, inside the line or right after it, would otherwise come first.
  const sourceLineEnd = text.indexOf('\n', line.span.end);
  const moreFollow = hasCommentIn(text, comment.span.end, sourceLineEnd === -1 ? text.length : sourceLineEnd);
  if (firstHere && (ownLine || moreFollow)) {
    return util.addLeadingComment(line, comment);
  }
  // In a block's header, the end of the line is the `{` that opens its body.
  const lineOpen = blockKinds.has(line.kind) ? bodyOpen(line, text) : undefined;
  if (lineOpen !== undefined && comment.span.start < lineOpen) return util.addDanglingComment(line, comment, 'open');
  return util.addTrailingComment(line, comment);
};

const handlers: readonly Handler[] = [
  handleEmptyBodyComment,
  handleGivenComment,
  handleOpeningLineComment,
  handleCommentWithinLine,
];

function handle(ownLine: boolean) {
  return (comment: PlacedComment, text: string, _options: unknown, root: FormatNode): boolean =>
    handlers.some((handler) => handler({ comment, text, root, ownLine }));
}

export const handleComments = { ownLine: handle(true), endOfLine: handle(false), remaining: handle(false) };
