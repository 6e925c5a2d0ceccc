/** Runs the CLI in-process, as `payplan <argv>` from `cwd`, capturing its output. */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { main } from '../../src/cli/main.js';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const fixtures = 'test/cli/fixtures';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function cli(argv: readonly string[], cwd = root): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd });
  return { code, stdout, stderr };
}

/**
 * A fresh scratch directory inside the repository (under node_modules/.cache, which git ignores),
 * so generated modules can resolve decimal.js from node_modules.
 */
export function scratchDir(name: string): string {
  const base = join(root, 'node_modules', '.cache', 'payplan-cli-tests');
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(join(base, `${name}-`));
  scratch.push(dir);
  return dir;
}

const scratch: string[] = [];
// Registered while the importing test file is collected, so it runs after that file's tests.
afterAll(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});
