/**
 * Plan and data text reaching generated code, escaped for the one place it goes. A plan name, a
 * bonus name or a Text default is the user's text: U+2028 ends a `//` comment as surely as a line
 * feed, `*\/` ends a block comment, and a lone surrogate or NUL is best written as an escape. Each
 * target context has its own escaper; the emitters never write plan text any other way.
 */

/** What a string literal writes as an escape beyond JSON.stringify's: line and paragraph separators. */
const SEPARATORS = /[\u2028\u2029]/g;

function unicodeEscape(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * A JavaScript string literal (double quotes, as JSON), with U+2028 and U+2029 escaped so it reads
 * the same to any JavaScript parser; lone surrogates, NUL and other controls are escaped by
 * JSON.stringify itself. `</script` is written `<\/script` so the module can be inlined in HTML.
 */
export function jsString(text: string): string {
  return JSON.stringify(text).replace(SEPARATORS, unicodeEscape).replace(/<\/(script)/gi, '<\\/$1');
}

/** A JavaScript string literal in single quotes unless the text holds one (then as jsString). */
export function jsQuoted(text: string): string {
  const json = jsString(text);
  if (text.includes("'")) return json;
  return `'${json.slice(1, -1).replace(/\\"/g, '"')}'`;
}

/** A TypeScript string literal type in a `.d.ts` (the same rules as a JavaScript string literal). */
export function dtsString(text: string): string {
  return jsQuoted(text);
}

/**
 * Text for the inside of any comment, `//` or `/* *\/` (and JSDoc): on one line (each line
 * terminator written as its escape), without `*\/`, and without lone surrogates or control
 * characters (written as `\uXXXX`), so the comment ends where the generator ends it.
 */
export function commentText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i]! + text[i + 1]!;
        i++;
        continue;
      }
    }
    const lone = c >= 0xd800 && c <= 0xdfff;
    if (lone || c < 0x20 || c === 0x7f || c === 0x2028 || c === 0x2029) out += unicodeEscape(text[i]!);
    else out += text[i]!;
  }
  return out.replace(/\*\//g, '*\\/');
}

/** Text for a `//` line comment. */
export function lineComment(text: string): string {
  return commentText(text);
}

/** Text for a `/* *\/` block comment or a JSDoc comment. */
export function blockComment(text: string): string {
  return commentText(text);
}
