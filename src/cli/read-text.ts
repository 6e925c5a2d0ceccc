import { readFileSync } from 'node:fs';
import { decodeUtf8, type DecodedText } from '../text/utf8.js';

/** A text file as UTF-8, without the byte-order mark some editors write first. */
export function readText(path: string): string {
  const text = readFileSync(path, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A plan file: its text, whether it had a byte-order mark, and where it stops being UTF-8 (if it does). */
export function readDecoded(path: string): DecodedText {
  return decodeUtf8(readFileSync(path));
}
