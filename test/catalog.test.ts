/** The catalog is the one table of diagnostics: unique slugs, well-formed codes, documented. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../src/diagnostics/catalog.js';
import { diagnosticsDoc } from './helpers/diagnostics-doc.js';

const codes = Object.keys(catalog) as (keyof typeof catalog)[];

describe('diagnostic catalog', () => {
  it('codes are banded PP + four digits and slugs are unique kebab-case', () => {
    for (const code of codes) expect(code).toMatch(/^PP[1-69]\d{3}$/);
    const slugs = codes.map((c) => catalog[c].slug);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('messages are sentence case without a trailing period', () => {
    for (const code of codes) {
      const { message } = catalog[code];
      expect(message, code).not.toMatch(/\.$/);
      expect(message[0], code).not.toMatch(/[A-Z]/);
    }
  });

  it('every code is produced somewhere: by a fixture (asserted exactly) or, for data and internal errors, by a test', () => {
    const cases = join(import.meta.dirname, 'cases');
    const expected = new Set<string>();
    for (const stage of readdirSync(cases)) {
      for (const f of readdirSync(join(cases, stage)).filter((n) => n.endsWith('.payplan'))) {
        for (const m of readFileSync(join(cases, stage, f), 'utf8').matchAll(/^\/\/ expect (PP\d{4})/gm)) expected.add(m[1]!);
      }
    }
    const missing = codes.filter((c) => !expected.has(c) && !/^PP[69]/.test(c));
    expect(missing).toEqual([]);
  });

  it('docs/diagnostics.md documents every code and is up to date (npx tsx scripts/gen-diagnostics-doc.ts)', () => {
    const doc = readFileSync(join(import.meta.dirname, '../docs/diagnostics.md'), 'utf8');
    for (const code of codes) expect(doc).toContain(`### ${code} ${catalog[code].slug}`);
    expect(doc).toBe(diagnosticsDoc());
  });
});
