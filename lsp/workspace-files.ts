/**
 * Finding and reading a workspace's plan files for the language server, which opens whatever
 * folder the editor gives it, someone else's repository included. So it reads only regular files
 * (a FIFO named `x.payplan` would block the server forever on open, `/dev/zero` behind a symlink
 * would fill its memory), at most MAX_PLAN_FILE_BYTES of each, and walks each real directory once
 * (a symlink to a parent is a loop; two links to one folder are one folder). A file reached by two
 * paths is indexed once, under the first path found in sorted order.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';

/** A plan file larger than this is not read: no real plan comes near it. */
export const MAX_PLAN_FILE_BYTES = 4 * 1024 * 1024;

export interface FindOptions {
  /** Names of directories never entered (besides those starting with `.`). */
  readonly skipped?: ReadonlySet<string>;
  /** Stop after this many plan files. */
  readonly maxFiles?: number;
}

// O_NONBLOCK: should the path become a FIFO between the check and the open, the open still
// returns at once (and fstat then refuses it). Windows has no such flag and no FIFOs to fear.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The text of a plan file as UTF-8 without a byte-order mark, or null when the path is not a
 * regular file (after symlinks), is larger than `maxBytes`, or cannot be read.
 */
export function readPlanFile(path: string, maxBytes = MAX_PLAN_FILE_BYTES): string | null {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch {
    return null;
  }
  if (!stats.isFile() || stats.size > maxBytes) return null;
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch {
    return null;
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile() || opened.size > maxBytes) return null;
    // Read one byte past the limit, so a file that grew after the stat is refused too.
    const buffer = Buffer.alloc(Math.min(opened.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > maxBytes) return null;
    const text = buffer.toString('utf8', 0, length);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/** The `.payplan` files under `folders`, each real file once, in sorted order within each directory. */
export function findPlanFiles(folders: readonly string[], options: FindOptions = {}): string[] {
  const skipped = options.skipped ?? new Set<string>();
  const maxFiles = options.maxFiles ?? Infinity;
  const seenDirectories = new Set<string>();
  const seenFiles = new Set<string>();
  const found: string[] = [];

  const realpath = (path: string): string | null => {
    try {
      return realpathSync(path);
    } catch {
      return null;
    }
  };
  const visit = (dir: string): void => {
    const real = realpath(dir);
    if (real === null || seenDirectories.has(real)) return;
    seenDirectories.add(real);
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of entries) {
      if (found.length >= maxFiles) return;
      if (skipped.has(name) || name.startsWith('.')) continue;
      const path = join(dir, name);
      let stats: Stats;
      try {
        const link = lstatSync(path);
        // A symlink counts as what it points to; one that loops or dangles is skipped.
        stats = link.isSymbolicLink() ? statSync(path) : link;
      } catch {
        continue;
      }
      if (stats.isDirectory()) visit(path);
      else if (stats.isFile() && name.endsWith('.payplan') && stats.size <= MAX_PLAN_FILE_BYTES) {
        const file = realpath(path);
        if (file === null || seenFiles.has(file)) continue;
        seenFiles.add(file);
        found.push(path);
      }
      // Anything else (FIFOs, sockets, devices) is never opened.
    }
  };
  for (const folder of folders) visit(folder);
  return found;
}
