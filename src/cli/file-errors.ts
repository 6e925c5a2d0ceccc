/**
 * Files the command line was told to read or write but cannot be: a missing folder for `--output`,
 * a regular file where `build -o` needs a directory, a full disk, no permission. These are usage
 * errors (exit 2) reported in one plain line, never as an internal error with a stack trace.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Context } from './context.js';
import { UsageError } from './usage-error.js';

/** A usage error about a file; printed as one line, without the `--help` hint. */
export class FileError extends UsageError {}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is a file, not a directory',
  EISDIR: 'it is a directory',
  EEXIST: 'it already exists',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exceeded',
  EFBIG: 'the file is too large',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
  EBUSY: 'the file is busy',
  EIO: 'an input/output error',
};

/** An error from node:fs (or a stream write): it has an errno `code` and a `syscall`. */
export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException & { code: string; syscall: string } {
  if (!(error instanceof Error)) return false;
  const e = error as NodeJS.ErrnoException;
  return typeof e.code === 'string' && typeof e.syscall === 'string';
}

/** Why an fs call failed, in words: `no space left on the device (ENOSPC)`. */
export function fileErrorReason(error: NodeJS.ErrnoException): string {
  const code = error.code ?? 'unknown';
  const words = REASONS[code];
  return words === undefined ? code : `${words} (${code})`;
}

/** Any other fs error that reaches the command line: `cannot write \`out.json\`: …`. */
export function fileErrorMessage(ctx: Context, error: NodeJS.ErrnoException & { syscall: string }): string {
  const verb =
    error.syscall === 'mkdir' ? 'create the directory'
    : error.syscall === 'scandir' || error.syscall === 'opendir' ? 'read the directory'
    : error.syscall === 'write' || error.syscall === 'rename' || error.syscall === 'unlink' ? 'write'
    : error.syscall === 'open' && (error.code === 'EROFS' || error.code === 'ENOSPC') ? 'write'
    : error.syscall === 'stat' || error.syscall === 'lstat' ? 'find'
    : 'read';
  const what = typeof error.path === 'string' ? `\`${ctx.display(ctx.resolve(error.path))}\`` : 'a file';
  return `cannot ${verb} ${what}: ${fileErrorReason(error)}`;
}

/** Writes a file the user named (`--output`); what stops it is a FileError naming the file. */
export function writeOutputFile(ctx: Context, path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    if (!isFileSystemError(error)) throw error;
    const shown = ctx.display(path);
    if (error.code === 'ENOENT') throw new FileError(`cannot write \`${shown}\`: the directory \`${ctx.display(dirname(path))}\` does not exist`);
    if (error.code === 'EISDIR') throw new FileError(`cannot write \`${shown}\`: it is a directory`);
    throw new FileError(`cannot write \`${shown}\`: ${fileErrorReason(error)}`);
  }
}

/** Makes sure `path` is a directory (creating it and its parents if needed) before anything is written. */
export function ensureDirectory(ctx: Context, path: string): void {
  const shown = ctx.display(path);
  let exists = false;
  try {
    const stat = statSync(path);
    if (!stat.isDirectory()) throw new FileError(`cannot write into \`${shown}\`: it is a file, not a directory`);
    exists = true;
  } catch (error) {
    if (error instanceof FileError) throw error;
    if (!isFileSystemError(error)) throw error;
    if (error.code !== 'ENOENT' && error.code !== 'ENOTDIR') throw new FileError(`cannot use \`${shown}\` as a directory: ${fileErrorReason(error)}`);
  }
  if (exists) return;
  try {
    mkdirSync(path, { recursive: true });
  } catch (error) {
    if (!isFileSystemError(error)) throw error;
    const reason = error.code === 'ENOTDIR' || error.code === 'EEXIST' ? 'a part of its path is a file, not a directory' : fileErrorReason(error);
    throw new FileError(`cannot create the directory \`${shown}\`: ${reason}`);
  }
}
