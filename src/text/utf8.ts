/**
 * Plan files are UTF-8. Bytes that are not (a Latin-1 file, a binary) are not silently turned into
 * U+FFFD: decodeUtf8 says where the first bad byte is, so the file can be refused with PP1005 at
 * that place. A leading byte-order mark is dropped from the text but remembered, so `fmt` can write
 * it back.
 */

export interface DecodedText {
  /** The text, without a byte-order mark; bytes that are not UTF-8 read as U+FFFD. */
  readonly text: string;
  /** Whether the bytes started with a UTF-8 byte-order mark. */
  readonly bom: boolean;
  /** The UTF-16 offset in `text` of the first byte that is not UTF-8, or null when all are. */
  readonly invalidAt: number | null;
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export function decodeUtf8(bytes: Uint8Array): DecodedText {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: strict.decode(body), bom, invalidAt: null };
  } catch {
    const bad = firstInvalidByte(body);
    const text = lenient.decode(body);
    // The valid prefix decodes to the same UTF-16 units in both decoders.
    return { text, bom, invalidAt: bad === null ? 0 : lenient.decode(body.subarray(0, bad)).length };
  }
}

/** The index of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number | null {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min = 0x80;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) min = 0xa0;
      if (b === 0xed) max = 0x9f; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (c < lo || c > hi) return i;
    }
    i += need + 1;
  }
  return null;
}

/** The line ending a file uses (its first one), to write it back the same way. */
export function lineEndingOf(text: string): '\r\n' | '\n' {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}
