/**
 * A small RFC 4180 CSV reader: comma-separated cells, records ended by CRLF, LF or CR, quoted
 * cells that may hold commas, line breaks and doubled quotes (`""`). Each record keeps the 1-based
 * line it starts on, so a bad data row can be reported by its line. Blank lines are skipped; cells
 * are returned exactly as written (no trimming). A stray quote inside an unquoted cell is kept as
 * text, as spreadsheets write it.
 */

export interface CsvRecord {
  /** 1-based line of the record's first character. */
  readonly line: number;
  readonly cells: readonly string[];
}

export class CsvError extends Error {
  override readonly name = 'CsvError';

  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
  }
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

export function parseCsv(input: string): CsvRecord[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const start = line;
    const cells: string[] = [];
    let ended = false;
    while (!ended) {
      let cell = '';
      if (text.charCodeAt(i) === QUOTE) {
        const opened = line;
        i++;
        for (;;) {
          if (i >= text.length) throw new CsvError('a quoted cell is never closed', opened);
          const c = text.charCodeAt(i);
          if (c === QUOTE) {
            if (text.charCodeAt(i + 1) === QUOTE) {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c === CR || c === LF) {
            line++;
            if (c === CR && text.charCodeAt(i + 1) === LF) {
              cell += '\r\n';
              i += 2;
              continue;
            }
          }
          cell += text[i];
          i++;
        }
        const next = text.charCodeAt(i);
        if (i < text.length && next !== COMMA && next !== CR && next !== LF) {
          throw new CsvError(`unexpected \`${text[i]}\` after a closing quote (write a quote inside a quoted cell as \`""\`)`, line);
        }
      } else {
        const from = i;
        while (i < text.length) {
          const c = text.charCodeAt(i);
          if (c === COMMA || c === CR || c === LF) break;
          i++;
        }
        cell = text.slice(from, i);
      }
      cells.push(cell);
      const c = text.charCodeAt(i);
      if (c === COMMA) {
        i++;
      } else {
        // End of record: CRLF, LF, CR or the end of the text.
        if (c === CR && text.charCodeAt(i + 1) === LF) i += 2;
        else if (i < text.length) i++;
        if (c === CR || c === LF) line++;
        ended = true;
      }
    }
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: start, cells });
  }
  return records;
}

/** Writes one CSV record, quoting the cells that need it; ends it with LF (readers accept both). */
export function csvRecord(cells: readonly string[]): string {
  return `${cells.map((c) => (/[",\r\n]/.test(c) || c !== c.trim() ? `"${c.replace(/"/g, '""')}"` : c)).join(',')}\n`;
}
