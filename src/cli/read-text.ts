import { readFileSync } from 'node:fs';

/** A text file as UTF-8, without the byte-order mark some editors write first. */
export function readText(path: string): string {
  const text = readFileSync(path, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
