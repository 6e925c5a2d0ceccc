/**
 * The one place hovers turn plan text into markdown. Plan text is untrusted: a file opened from
 * someone else's repository can hold any characters in its strings, names and comments. Whatever
 * it holds must show as written and never become markdown of its own: a backtick in a string must
 * not close the code it is quoted in and leave `[a link](…)` or `![an image](…)` live after it.
 *
 * - `inlineCode` quotes text as code, with a run of backticks longer than any inside it;
 * - `codeBlock` fences one line of payplan, with a fence longer than any backtick run inside it;
 * - `plainText` shows prose (doc comments, expression text outside code) literally, with every
 *   markdown character escaped.
 */

/** Line breaks of every kind, which inline code and one-line blocks turn into spaces. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029\v\f]/g;

function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

/** `text` as inline code that shows exactly `text`, whatever backticks it holds. */
export function inlineCode(text: string): string {
  const body = text.replace(LINE_BREAK, ' ');
  if (body === '') return '` `';
  const fence = '`'.repeat(longestBacktickRun(body) + 1);
  // CommonMark strips one space from each end of a code span that starts and ends with one, and a
  // backtick at either end would join the fence: pad both ends so the body survives as written.
  const pad = /^[` ]|[` ]$/.test(body) && body.trim() !== '' ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** A fenced block of payplan holding one line, as hovers show declarations. */
export function codeBlock(line: string, language = 'payplan'): string {
  const body = line.replace(LINE_BREAK, ' ');
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(body) + 1));
  return `${fence}${language}\n${body}\n${fence}`;
}

/** ASCII punctuation that can start or end markdown inline syntax (links, images, code, emphasis, HTML, entities, autolinks). */
const INLINE_SPECIAL = /[\\`*_[\]<>!&~|:]/g;
/** What makes a line a heading, list item, quote, table or thematic break when it starts it. */
const LINE_START_SPECIAL = /^(\s*)(?:([#+\-=>])|(\d+)([.)]))/;

// `\#` escapes a heading mark; a list number is escaped at its `.` or `)` (`1\.`), as a digit cannot be.
function lineStart(_: string, indent: string, mark: string | undefined, digits: string | undefined, delimiter: string | undefined): string {
  return mark === undefined ? `${indent}${digits}\\${delimiter}` : `${indent}\\${mark}`;
}

/** Prose from the plan shown literally: each line escaped so that markdown reads none of it. */
export function plainText(text: string): string {
  return text
    .split(LINE_BREAK)
    .map((line) => line.replace(INLINE_SPECIAL, (ch) => `\\${ch}`).replace(LINE_START_SPECIAL, lineStart))
    .join('\n');
}
