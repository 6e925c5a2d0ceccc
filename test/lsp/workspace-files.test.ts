/**
 * The language server reads whatever folder the editor opens. It must read only regular plan
 * files, each real path once and none too large: a FIFO named `x.payplan` blocked it forever, a
 * symlink to `/dev/zero` filled its memory, and a symlink to a parent folder walked in circles.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SymbolInformation } from 'vscode-languageserver/node.js';
import type { Connection } from 'vscode-languageserver/node.js';
import { findPlanFiles, MAX_PLAN_FILE_BYTES, readPlanFile } from '../../lsp/workspace-files.js';
import { Documents } from '../../lsp/documents.js';
import { LspClient } from './client.js';

const posix = process.platform !== 'win32';
const plan = (name: string) => `plan "${name}" {\n  currency USD\n  input a: Money\n  component C { payout a }\n}\n`;

let dir: string;

/**
 * good.payplan, sub/inner.payplan, and the hostile entries: a FIFO, a link to /dev/zero, a link
 * to the folder itself, a self-referencing link, a second link to sub/, a link to good.payplan, a
 * dangling link, and a plan file over the size limit.
 */
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'payplan-workspace-'));
  writeFileSync(join(dir, 'good.payplan'), plan('Good'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'inner.payplan'), plan('Inner'));
  writeFileSync(join(dir, 'huge.payplan'), `${plan('Huge')}${' '.repeat(MAX_PLAN_FILE_BYTES)}`);
  if (posix) {
    execFileSync('mkfifo', [join(dir, 'fifo.payplan')]);
    symlinkSync('/dev/zero', join(dir, 'zero.payplan'));
    symlinkSync(dir, join(dir, 'loop'));
    symlinkSync(join(dir, 'self.payplan'), join(dir, 'self.payplan'));
    symlinkSync(join(dir, 'sub'), join(dir, 'sub-again'));
    symlinkSync(join(dir, 'good.payplan'), join(dir, 'same.payplan'));
    symlinkSync(join(dir, 'missing.payplan'), join(dir, 'dangling.payplan'));
  }
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('findPlanFiles', () => {
  it('finds each regular plan file once, and nothing else', () => {
    expect(findPlanFiles([dir]).map((p) => p.slice(dir.length + 1))).toEqual(['good.payplan', 'sub/inner.payplan']);
  });

  it('stops at maxFiles and never enters skipped folders', () => {
    expect(findPlanFiles([dir], { maxFiles: 1 }).map((p) => p.slice(dir.length + 1))).toEqual(['good.payplan']);
    expect(findPlanFiles([dir], { skipped: new Set(['sub']) }).map((p) => p.slice(dir.length + 1))).toEqual(['good.payplan', 'sub-again/inner.payplan'].slice(0, posix ? 2 : 1));
  });

  it('a folder named twice is walked once', () => {
    expect(findPlanFiles([dir, dir, join(dir, 'sub')])).toHaveLength(2);
  });
});

describe('readPlanFile', () => {
  it('reads a regular file, without its byte-order mark', () => {
    writeFileSync(join(dir, 'bom.txt'), `\ufeff${plan('Bom')}`);
    expect(readPlanFile(join(dir, 'bom.txt'))).toBe(plan('Bom'));
    expect(readPlanFile(join(dir, 'good.payplan'))).toBe(plan('Good'));
  });

  it('refuses what is too large, missing, a folder, or not a regular file', () => {
    expect(readPlanFile(join(dir, 'huge.payplan'))).toBeNull();
    expect(readPlanFile(join(dir, 'good.payplan'), 10)).toBeNull();
    expect(readPlanFile(join(dir, 'nothing.payplan'))).toBeNull();
    expect(readPlanFile(join(dir, 'sub'))).toBeNull();
    if (!posix) return;
    expect(readPlanFile(join(dir, 'fifo.payplan'))).toBeNull();
    expect(readPlanFile(join(dir, 'zero.payplan'))).toBeNull();
    expect(readPlanFile(join(dir, 'self.payplan'))).toBeNull();
    expect(readPlanFile(join(dir, 'dangling.payplan'))).toBeNull();
    expect(readPlanFile(join(dir, 'same.payplan'))).toBe(plan('Good'));
  });
});

describe('Documents', () => {
  const docs = () => new Documents({} as Connection);
  const uri = (name: string) => pathToFileURL(join(dir, name)).href;

  it('loadWorkspace indexes the regular plan files only', () => {
    const d = docs();
    d.loadWorkspace([pathToFileURL(dir).href]);
    expect(d.index.has(uri('good.payplan'))).toBe(true);
    expect(d.index.has(uri('sub/inner.payplan'))).toBe(true);
    for (const name of ['huge.payplan', 'fifo.payplan', 'zero.payplan', 'same.payplan', 'sub-again/inner.payplan', 'loop/good.payplan']) {
      expect(d.index.has(uri(name)), name).toBe(false);
    }
  });

  it.runIf(posix)('a watched FIFO or device that "changed" is dropped, not read', () => {
    const d = docs();
    d.index.set(uri('fifo.payplan'), plan('Old'));
    d.fileChanged(uri('fifo.payplan'), false);
    expect(d.index.has(uri('fifo.payplan'))).toBe(false);
    d.fileChanged(uri('zero.payplan'), false);
    expect(d.index.has(uri('zero.payplan'))).toBe(false);
  });
});

describe.runIf(posix)('the server over the protocol', () => {
  it('starts in such a folder, answers requests and finds the real plans', async () => {
    const client = await LspClient.start({ rootUri: pathToFileURL(dir).href, initializationOptions: { worker: false } });
    try {
      const found = await client.request<SymbolInformation[]>('workspace/symbol', { query: '' });
      const files = [...new Set(found.map((s) => s.location.uri.slice(pathToFileURL(dir).href.length + 1)))].sort();
      expect(files).toEqual(['good.payplan', 'sub/inner.payplan']);
    } finally {
      await Promise.race([client.stop(), new Promise((resolve) => setTimeout(resolve, 5000))]);
      client.child.kill();
    }
  }, 60_000);
});
