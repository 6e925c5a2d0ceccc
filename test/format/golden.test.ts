/** Golden files: test/cases/format/<name>.payplan formats to <name>.out.payplan beside it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatPlan } from '../../src/format/format.js';

const casesDir = fileURLToPath(new URL('../cases/format/', import.meta.url));
const inputs = readdirSync(casesDir).filter((name) => name.endsWith('.payplan') && !name.endsWith('.out.payplan'));

describe('formatting test/cases/format', () => {
  it.each(inputs)('%s', async (name) => {
    const formatted = await formatPlan(readFileSync(join(casesDir, name), 'utf8'), { filepath: name });
    await expect(formatted).toMatchFileSnapshot(join(casesDir, name.replace(/\.payplan$/, '.out.payplan')));
  });
});
