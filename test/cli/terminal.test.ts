/**
 * Plan and data text can hold terminal control characters (ESC [2J clears the screen, an OSC
 * sequence retitles the window). What the CLI prints for people shows them as visible stand-ins
 * (src/cli/terminal.ts); JSON output escapes them; the statements themselves keep the data.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSafe, terminalSafe } from '../../src/cli/terminal.js';
import { cli, scratchDir } from './helpers.js';

const CLEAR = '\x1b[2J';
const TITLE = '\x1b]0;pwned\x07';
// Any C0 control but tab and line feed, DEL, or a C1 control (U+009B is CSI on some terminals).
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

const plan = `plan "SE${CLEAR}" {
  currency USD
  period year
  input bookings: Money
  input quota: Money must be positive
  component Bookings { commission on bookings at 10% }
  bonus "kick${TITLE}er" $100 when bookings > quota
}
`;

function files(): { dir: string; planPath: string; dataPath: string } {
  const dir = scratchDir('terminal');
  const planPath = join(dir, 'plan.payplan');
  const dataPath = join(dir, 'data.json');
  writeFileSync(planPath, plan);
  writeFileSync(
    dataPath,
    JSON.stringify({
      payees: [
        { payee: `Ana${TITLE}`, year: {}, periods: { FY: { bookings: '$2,000', quota: '$1,000' } } },
        { payee: `Bo${CLEAR}\u009b31m`, year: {}, periods: { FY: { bookings: '$2,000', quota: '$0' } } },
      ],
    }),
  );
  return { dir, planPath, dataPath };
}

describe('terminalSafe', () => {
  it('shows C0 controls as control pictures, DEL as ␡, C1 as \\x escapes; keeps tab, newline and other text', () => {
    expect(terminalSafe(`a${CLEAR}b${TITLE}\r\u0000\u007f\u009b\t\n€ü`)).toBe('a␛[2Jb␛]0;pwned␇␍␀␡\\x9b\t\n€ü');
  });

  it('JSON keeps its values: DEL and C1 become \\u escapes', () => {
    const json = jsonSafe(JSON.stringify({ s: `x${CLEAR}\u009b\u007f` }));
    expect(json).toBe('{"s":"x\\u001b[2J\\u009b\\u007f"}');
    expect(JSON.parse(json)).toEqual({ s: `x${CLEAR}\u009b\u007f` });
  });
});

describe('the CLI prints no raw control characters', () => {
  it('run --out text: plan, bonus and payee names, and the error line of a bad payee', async () => {
    const { planPath, dataPath } = files();
    const r = await cli(['run', planPath, dataPath, '--out', 'text']);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toContain('SE␛[2J: pay statement');
    expect(r.stdout).toContain('Payee:    Ana␛]0;pwned␇');
    expect(r.stdout).toContain('kick␛]0;pwned␇er');
    expect(r.stderr).toContain('(payee "Bo␛[2J\\x9b31m"): error PP6005: payee "Bo␛[2J\\x9b31m", FY: `quota` must be positive but is 0');
  });

  it('explain', async () => {
    const { planPath, dataPath } = files();
    const r = await cli(['explain', planPath, dataPath, '--payee', `Ana${TITLE}`]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toContain('Payee:    Ana␛]0;pwned␇');
    expect(r.stdout).toContain('condition met: bookings > quota');
  });

  it('run --out json keeps the exact names, escaped', async () => {
    const { planPath, dataPath } = files();
    const r = await cli(['run', planPath, dataPath, '--out', 'json']);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    const out = JSON.parse(r.stdout) as { statements: { payee: string }[]; errors: { payee: string }[] };
    expect(out.statements.map((s) => s.payee)).toEqual([`Ana${TITLE}`]);
    expect(out.errors.map((e) => e.payee)).toEqual([`Bo${CLEAR}\u009b31m`]);
  });

  it('check: a control character in the source is shown, not sent, and the underline still lines up', async () => {
    const dir = scratchDir('terminal');
    writeFileSync(join(dir, 'bad.payplan'), `plan "P" {\n  currency USD ${CLEAR}\n}\n`);
    const r = await cli(['check', 'bad.payplan'], dir);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toContain(['bad.payplan:2:16 error PP1001: unexpected character `␛`', '    currency USD ␛[2J', '                 ~'].join('\n'));
  });
});
