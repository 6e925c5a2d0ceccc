/**
 * Finding and reading the files a command names: `.payplan` files given directly, or found in
 * directories recursively (in a stable, sorted order). A path that does not exist is a usage error.
 */
import { readdirSync, statSync } from 'node:fs';
import { readDecoded } from './read-text.js';
import type { DecodedText } from '../text/utf8.js';
import { Program } from '../program.js';
import { join } from 'node:path';
import type { Context } from './context.js';
import { FileError, fileErrorReason, isFileSystemError } from './file-errors.js';
import { UsageError } from './usage-error.js';

export interface InputFile {
  readonly path: string;
  /** As shown in output and used as the Program's uri. */
  readonly display: string;
}

const PLAN_EXTENSION = '.payplan';
const SKIPPED_DIRECTORIES = new Set(['node_modules']);

export function collectPlanFiles(ctx: Context, args: readonly string[]): InputFile[] {
  if (args.length === 0) throw new UsageError('name at least one .payplan file or directory');
  const seen = new Set<string>();
  const files: InputFile[] = [];
  for (const arg of args) {
    const path = ctx.resolve(arg);
    const found = isDirectory(path, arg) ? walk(path) : [path];
    if (found.length === 0) throw new UsageError(`\`${arg}\` holds no ${PLAN_EXTENSION} files`);
    for (const file of found) {
      if (seen.has(file)) continue;
      seen.add(file);
      files.push({ path: file, display: ctx.display(file) });
    }
  }
  return files;
}

/** Reads a file named on the command line; a missing one is a usage error. */
export function readInputFile(ctx: Context, arg: string): InputFile & DecodedText {
  const path = ctx.resolve(arg);
  if (isDirectory(path, arg)) throw new UsageError(`\`${arg}\` is a directory, not a file`);
  return { path, display: ctx.display(path), ...readPlanText(ctx, path) };
}

/** A plan file's Program; bytes that are not UTF-8 make it PP1005 and nothing else. */
export function planProgram(display: string, source: DecodedText): Program {
  return new Program(display, source.text, { notUtf8At: source.invalidAt });
}

/** The text of a file found or named; one that cannot be read (no permission…) is a FileError. */
export function readPlanText(ctx: Context, path: string): DecodedText {
  try {
    return readDecoded(path);
  } catch (error) {
    if (!isFileSystemError(error)) throw error;
    throw new FileError(`cannot read \`${ctx.display(path)}\`: ${fileErrorReason(error)}`);
  }
}


function isDirectory(path: string, arg: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    throw new UsageError(`cannot find \`${arg}\``);
  }
}

function walk(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return entries.flatMap((e) => {
    if (e.name.startsWith('.') || SKIPPED_DIRECTORIES.has(e.name)) return [];
    const path = join(dir, e.name);
    if (e.isDirectory()) return walk(path);
    return e.isFile() && e.name.endsWith(PLAN_EXTENSION) ? [path] : [];
  });
}
