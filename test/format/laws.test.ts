/** The formatter laws on every golden input and on every plan in examples/. */
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { expectFormatterLaws, lawPlans, repoPath } from './laws.js';

describe('formatter laws', () => {
  it.each(lawPlans())('%s', async (path) => {
    await expectFormatterLaws(readFileSync(repoPath(path), 'utf8'), path);
  });
});
