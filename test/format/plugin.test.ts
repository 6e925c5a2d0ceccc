/** The plugin as prettier users load it, and the refusal to format a file with syntax errors. */
import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import { formatPlan, PlanSyntaxError } from '../../src/format/format.js';
import plugin from '../../src/format/index.js';

describe('the prettier plugin', () => {
  it('is picked for .payplan files by their extension', async () => {
    const formatted = await format('plan "P" { currency USD ote $100000 }', {
      filepath: 'plans/p.payplan',
      plugins: [plugin],
    });
    expect(formatted).toBe('plan "P" {\n  currency USD\n  ote $100,000\n}\n');
  });

  it('honours printWidth', async () => {
    const text = 'plan "P" { let eligible = d.kind == new and d.amount >= $10,000 }';
    expect(await formatPlan(text, { printWidth: 40 })).toBe(
      'plan "P" {\n  let eligible = d.kind == new\n    and d.amount >= $10,000\n}\n',
    );
  });

  it('refuses a file with syntax errors and lists every one', async () => {
    const text = 'plan "P" {\n  ote $1,00\n  mix 60% base 40% variable\n}\n';
    const refusal = formatPlan(text, { filepath: 'broken.payplan' });
    await expect(refusal).rejects.toThrow(
      /^cannot format a plan with 2 syntax errors:\n  broken\.payplan:2:7 PP1003: /,
    );
    await expect(refusal).rejects.toThrow(/\n  broken\.payplan:3:16 PP1101: /);
    const error: unknown = await refusal.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanSyntaxError);
    expect((error as PlanSyntaxError).diagnostics.map((d) => d.code)).toEqual(['PP1003', 'PP1101']);
  });

  it('writes \\n line endings, or those asked for', async () => {
    const text = 'plan "P" {\r\n  currency USD // dollars\r\n}\r\n';
    expect(await formatPlan(text)).toBe('plan "P" {\n  currency USD // dollars\n}\n');
    expect(await formatPlan(text, { endOfLine: 'crlf' })).toBe(text);
  });

  it('formats an empty file to an empty file', async () => {
    expect(await formatPlan('')).toBe('');
    expect(await formatPlan('\n\n')).toBe('');
  });
});
