import { describe, expect, it } from 'vitest';
import { signatureHelp } from '../../src/ide/signature-help.js';
import { open, URI } from './helpers.js';

function helpAt(expression: string) {
  const { index, offset } = open(`plan "P" {\n  currency USD\n  input a: Money\n  input deals: list of Money\n  let x = ${expression}\n}\n`);
  const result = signatureHelp(index, URI, offset);
  if (!result) return null;
  const active = result.signatures[result.activeSignature]!;
  const [start, end] = active.parameters[result.activeParameter]!;
  return { signatures: result.signatures.map((s) => s.label), active: active.label, parameter: active.label.slice(start, end) };
}

describe('signature help', () => {
  it('a built-in function, with the parameter under the cursor', () => {
    expect(helpAt('clamp(<|>')).toEqual({ signatures: ['clamp(value, low, high)'], active: 'clamp(value, low, high)', parameter: 'value' });
    expect(helpAt('clamp(a, $0, <|>')).toEqual({ signatures: ['clamp(value, low, high)'], active: 'clamp(value, low, high)', parameter: 'high' });
    expect(helpAt('abs(min(a, <|>')).toEqual({ signatures: ['min(a, b, …)', 'min(value for x in list where condition)'], active: 'min(a, b, …)', parameter: 'b' });
  });

  it('the rest of a variadic call stays on its last parameter', () => {
    expect(helpAt('max(a, a, a, <|>')?.parameter).toBe('…');
  });

  it('an aggregation: the clause the cursor is in', () => {
    expect(helpAt('sum(<|>')).toEqual({ signatures: ['sum(value for x in list where condition)'], active: 'sum(value for x in list where condition)', parameter: 'value' });
    expect(helpAt('sum(d for d in <|>')?.parameter).toBe('list');
    expect(helpAt('sum(d for d in deals where <|>')?.parameter).toBe('condition');
    expect(helpAt('min(d for <|>')).toEqual({ signatures: ['min(a, b, …)', 'min(value for x in list where condition)'], active: 'min(value for x in list where condition)', parameter: 'x' });
    expect(helpAt('count(d in <|>')?.parameter).toBe('list');
  });

  it('a parenthesised expression or a closed call is not a call', () => {
    expect(helpAt('(a + <|>')).toBeNull();
    expect(helpAt('abs(a) + <|>')).toBeNull();
  });
});
