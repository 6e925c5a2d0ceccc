/**
 * Doc comments: the `//` comment lines directly above a declaration, with no blank line between,
 * each on a line of its own. A comment at the end of a code line belongs to that line, not to the
 * declaration below it.
 */
import type { Program } from '../program.js';
import { lineColumnAt, lineText } from '../text/source-file.js';

export function docComment(program: Program, declStart: number): string | null {
  const file = program.file;
  const comments = program.syntax.comments;
  let line = lineColumnAt(file, declStart).line - 1;
  const lines: string[] = [];
  while (line >= 0) {
    const text = lineText(file, line).trim();
    if (!text.startsWith('//')) break;
    const start = file.lineStarts[line]! + lineText(file, line).indexOf('//');
    // Only a real comment token counts (`//` inside a string is not one).
    if (!comments.some((c) => c.span.start === start)) break;
    lines.unshift(text.replace(/^\/\/ ?/, ''));
    line--;
  }
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  return lines.length === 0 ? null : lines.join('\n');
}
