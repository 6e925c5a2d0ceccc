/**
 * Hovers are markdown built from untrusted plan text. Whatever a plan's strings, names and doc
 * comments hold must show as written: a backtick in a string must not close the inline code it is
 * quoted in and leave a link or an image live after it.
 */
import { describe, expect, it } from 'vitest';
import { hover } from '../../src/ide/hover.js';
import { codeBlock, inlineCode, plainText } from '../../src/ide/markdown.js';
import { open, URI } from './helpers.js';

/**
 * What a CommonMark reader makes of `md` when it starts with a code span: the span's text and what
 * follows it (spec 6.1: the span ends at the next backtick run of the same length; line endings
 * become spaces; one space is stripped from each end when both ends have one).
 */
function readCodeSpan(md: string): { code: string; rest: string } {
  const open = /^`+/.exec(md)![0];
  let at = open.length;
  for (;;) {
    const run = /`+/g;
    run.lastIndex = at;
    const m = run.exec(md);
    if (!m) throw new Error(`the code span in ${JSON.stringify(md)} is never closed`);
    if (m[0].length === open.length) {
      let code = md.slice(open.length, m.index).replace(/\r\n|\r|\n/g, ' ');
      if (code.length >= 2 && code.startsWith(' ') && code.endsWith(' ') && code.trim() !== '') code = code.slice(1, -1);
      return { code, rest: md.slice(m.index + m[0].length) };
    }
    at = m.index + m[0].length;
  }
}

const hostile = [
  'a`b',
  '`',
  '``',
  'x` [click](https://evil.example) ![t](https://evil.example/t.png) `y',
  '``` ![t](https://evil.example/t.png)',
  ' leading and trailing ',
  '`starts and ends`',
  'ends with a space ',
  '"a ` string" + "and `` another"',
];

describe('inlineCode', () => {
  it('shows any text exactly, as one code span and nothing after it', () => {
    for (const text of hostile) expect(readCodeSpan(inlineCode(text)), text).toEqual({ code: text, rest: '' });
  });

  it('is plain single backticks for text without backticks', () => {
    expect(inlineCode('att >= 120%')).toBe('`att >= 120%`');
    expect(inlineCode('a`b')).toBe('``a`b``');
    expect(inlineCode('`')).toBe('`` ` ``');
  });

  it('keeps a line break from ending the paragraph', () => {
    expect(inlineCode('a\n\n![t](https://evil.example/t.png)')).toBe('`a  ![t](https://evil.example/t.png)`');
  });
});

describe('codeBlock', () => {
  it('fences one line with more backticks than the line holds', () => {
    expect(codeBlock('plan "P"')).toBe('```payplan\nplan "P"\n```');
    expect(codeBlock('plan "a ``` b"')).toBe('````payplan\nplan "a ``` b"\n````');
    expect(codeBlock('a\n```\n![t](https://evil.example/t.png)')).toBe('````payplan\na ``` ![t](https://evil.example/t.png)\n````');
  });
});

describe('plainText', () => {
  it('escapes what would make links, images, code, emphasis, HTML or autolinks', () => {
    expect(plainText('see [docs](https://x.example) ![t](https://x.example/t.png) `code` *em* <b>&amp;')).toBe(
      'see \\[docs\\](https\\://x.example) \\!\\[t\\](https\\://x.example/t.png) \\`code\\` \\*em\\* \\<b\\>\\&amp;',
    );
  });

  it('escapes what would make a line a heading, list, quote or rule, and keeps ordinary prose as it is', () => {
    expect(plainText('# title\n- item\n  > quote\n12. twelve\n===')).toBe('\\# title\n\\- item\n  \\> quote\n12\\. twelve\n\\===');
    expect(plainText('What the AE must sell each quarter.\nSet by the VP of sales, 50% of it.')).toBe(
      'What the AE must sell each quarter.\nSet by the VP of sales, 50% of it.',
    );
  });
});

/** The hover at the marked cursor, as markdown. */
function hoverAt(marked: string): string | undefined {
  const { index, offset } = open(marked);
  return hover(index, URI, offset)?.contents;
}

const EVIL = '![t](https://evil.example/t.png) [click](https://evil.example)';

describe('hovers quote plan text safely', () => {
  it('a backtick in a string does not end the code a definition is quoted in', () => {
    const plan = `plan "P" {\n  currency USD\n  let lab<|>el = "x\` ${EVIL} \`y"\n}\n`;
    const contents = hoverAt(plan)!;
    const [, value] = contents.split('\n\n');
    expect(value).toBe(`= \`\`"x\` ${EVIL} \`y"\`\``);
    expect(readCodeSpan(value!.slice(2))).toEqual({ code: `"x\` ${EVIL} \`y"`, rest: '' });
  });

  it('a backtick in a gate or payout does not end the code it is quoted in', () => {
    const plan = `plan "P" {\n  currency USD\n  input region: Text\n  input a: Money\n  component <|>C {\n    gate region != "\`${EVIL}"\n    payout a\n  }\n}\n`;
    expect(hoverAt(plan)!.split('\n\n')).toEqual([
      '```payplan\ncomponent C\n```',
      'pays `a`',
      `pays nothing unless \`\`region != "\`${EVIL}"\`\``,
    ]);
  });

  it('a plan or bonus name with backticks stays inside its code block', () => {
    const plan = `plan "x\`\`\`y" {\n  currency USD\n  input a: Money\n  component C { payout a }\n  bonus "b\`\`\`\`<|>c" $1\n}\n`;
    expect(hoverAt(plan)!.split('\n\n')[0]).toBe('`````payplan\nbonus "b````c"\n`````');
  });

  it('a doc comment is shown as written, not read as markdown', () => {
    const plan = `plan "P" {\n  currency USD\n  // Set by [finance](https://evil.example) ![t](https://evil.example/t.png)\n  // # not a heading\n  input qu<|>ota: Money\n  let q = quota\n}\n`;
    expect(hoverAt(plan)!.split('\n\n')[2]).toBe('Set by \\[finance\\](https\\://evil.example) \\!\\[t\\](https\\://evil.example/t.png)\n\\# not a heading');
  });

  it('a word that is also a property of every object is not a keyword', () => {
    const plan = `plan "P" {\n  currency USD\n  // construc<|>tor toString\n  input a: Money\n}\n`;
    expect(hoverAt(plan)).toBeUndefined();
  });
});
