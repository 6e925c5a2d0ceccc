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

describe('payplan fmt: bytes, line endings and byte-order mark', () => {
  const tidy = readFileSync('examples/csm-fy2026.payplan', 'utf8');

  it('keeps CRLF line endings and a byte-order mark when it rewrites a file, and leaves a tidy CRLF file alone', async () => {
    const dir = scratchDir('fmt');
    const crlf = `\ufeff${messy.replace(/\n/g, '\r\n')}`;
    writeFileSync(join(dir, 'crlf.payplan'), crlf);
    writeFileSync(join(dir, 'tidy.payplan'), `\ufeff${tidy.replace(/\n/g, '\r\n')}`);
    const write = await cli(['fmt', '.'], dir);
    expect(write.stdout).toBe('formatted crlf.payplan\n1 file formatted, 1 already formatted\n');
    const bytes = readFileSync(join(dir, 'crlf.payplan'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const formatted = bytes.toString('utf8').slice(1);
    expect(formatted).toContain('currency USD\r\n');
    expect(formatted.replace(/\r\n/g, '')).not.toContain('\n');
    expect(await cli(['fmt', '--check', '.'], dir)).toEqual({ code: 0, stdout: '2 files already formatted\n', stderr: '' });
  });

  it('refuses a file that is not UTF-8 (PP1005 at the first bad byte) and leaves it untouched; check agrees', async () => {
    const dir = scratchDir('fmt');
    const bytes = Buffer.concat([Buffer.from('plan "Fee" {\n  currency   USD\n  // caf'), Buffer.from([0xe9]), Buffer.from(' latin-1\n}\n')]);
    writeFileSync(join(dir, 'latin1.payplan'), bytes);
    const fmt = await cli(['fmt', 'latin1.payplan'], dir);
    expect(fmt.code).toBe(1);
    expect(fmt.stderr).toContain('latin1.payplan:3:9 error PP1005: this file is not UTF-8 text');
    expect(readFileSync(join(dir, 'latin1.payplan')).equals(bytes)).toBe(true);
    const check = await cli(['check', 'latin1.payplan'], dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('latin1.payplan:3:9 error PP1005: this file is not UTF-8 text');
    // A file of well-formed UTF-8 that happens to hold U+FFFD is fine.
    writeFileSync(join(dir, 'fffd.payplan'), tidy.replace('\n', ' // \ufffd\n'));
    expect((await cli(['check', 'fffd.payplan'], dir)).code).toBe(0);
  });
});
