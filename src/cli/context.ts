/**
 * What a command runs against: where output goes and which directory relative paths start from.
 * Tests pass an in-memory CliIo, so every command runs in-process without spawning.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { terminalSafe } from './terminal.js';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The directory relative paths are resolved from and shown relative to. */
  readonly cwd: string;
  /** stderr is a terminal: only then may a command draw a progress bar on it. Unset in tests. */
  readonly stderrIsTTY?: boolean;
}

export const EXIT_OK = 0;
/** The plans or data have errors, a test failed, or files need formatting. */
export const EXIT_FAILURE = 1;
/** payplan was called wrongly: unknown command or flag, missing file or argument. */
export const EXIT_USAGE = 2;
/** payplan itself failed (a bug): reported as PP9001. */
export const EXIT_INTERNAL = 3;

export class Context {
  constructor(readonly io: CliIo) {}

  /** Writes lines of text for people to stdout, each ended with a newline, controls made visible (terminal.ts). */
  out(...lines: string[]): void {
    if (lines.length > 0) this.io.stdout(terminalSafe(`${lines.join('\n')}\n`));
  }

  /** As `out`, to stderr. */
  err(...lines: string[]): void {
    if (lines.length > 0) this.io.stderr(terminalSafe(`${lines.join('\n')}\n`));
  }

  /** Writes text for people to stdout as it is (no newline added), controls made visible. */
  text(text: string): void {
    this.io.stdout(terminalSafe(text));
  }

  /** Writes machine-readable output (JSON, CSV) to stdout unchanged. */
  data(text: string): void {
    this.io.stdout(text);
  }

  resolve(path: string): string {
    return resolve(this.io.cwd, path);
  }

  /** A path as shown in output: relative to the cwd with `/` separators when inside it. */
  display(absolute: string): string {
    const rel = relative(this.io.cwd, absolute);
    const shown = rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? absolute : rel;
    return sep === '/' ? shown : shown.split(sep).join('/');
  }
}

export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    stderrIsTTY: process.stderr.isTTY === true,
  };
}
