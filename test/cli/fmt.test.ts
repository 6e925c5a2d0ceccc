import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, scratchDir } from './helpers.js';

const messy = `plan "Fee" {
currency   USD
    input revenue: Money
  component Fee { commission on revenue at 2% }
}
`;

describe('payplan fmt', () => {
  it('--check lists the files that would change and exits 1; fmt rewrites them; then --check passes', async () => {
    const dir = scratchDir('fmt');
    writeFileSync(join(dir, 'messy.payplan'), messy);
    copyFileSync('examples/csm-fy2026.payplan', join(dir, 'tidy.payplan'));
    expect((await cli(['fmt', 'tidy.payplan'], dir)).code).toBe(0);

    const check = await cli(['fmt', '--check', '.'], dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toBe('messy.payplan\n1 file would be reformatted, 1 already formatted\n');
    expect(readFileSync(join(dir, 'messy.payplan'), 'utf8')).toBe(messy);

    const write = await cli(['fmt', '.'], dir);
    expect(write.code).toBe(0);
    expect(write.stdout).toBe('formatted messy.payplan\n1 file formatted, 1 already formatted\n');
    const formatted = readFileSync(join(dir, 'messy.payplan'), 'utf8');
    expect(formatted).not.toBe(messy);
    expect(formatted).toContain('currency USD');

    const again = await cli(['fmt', '--check', '.'], dir);
    expect(again).toEqual({ code: 0, stdout: '2 files already formatted\n', stderr: '' });
  });

  it('reports a file with syntax errors and leaves it untouched', async () => {
    const dir = scratchDir('fmt');
    const broken = 'plan "Fee" {\n  currency USD\n  input revenue Money\n}\n';
    writeFileSync(join(dir, 'broken.payplan'), broken);
    for (const args of [['fmt', 'broken.payplan'], ['fmt', '--check', 'broken.payplan']]) {
      const r = await cli(args, dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^broken\.payplan:3:\d+ error PP1\d{3}: /);
      expect(r.stderr).toContain('broken.payplan: not formatted (1 syntax error)');
      expect(r.stdout).toContain('1 file with errors left untouched\n');
      expect(readFileSync(join(dir, 'broken.payplan'), 'utf8')).toBe(broken);
    }
  });
});
