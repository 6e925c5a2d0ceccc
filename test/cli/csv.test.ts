import { describe, expect, it } from 'vitest';
import { CsvError, csvRecord, parseCsv } from '../../src/data/csv.js';

const rows = (text: string) => parseCsv(text).map((r) => `${r.line}: ${JSON.stringify(r.cells)}`);

describe('parseCsv (RFC 4180)', () => {
  it('splits cells and records, keeping each record’s line', () => {
    expect(rows('a,b,c\n1,2,3\n')).toEqual(['1: ["a","b","c"]', '2: ["1","2","3"]']);
  });

  it('accepts CRLF, LF and CR line ends, and no final line end', () => {
    expect(rows('a,b\r\n1,2\r\n3,4')).toEqual(['1: ["a","b"]', '2: ["1","2"]', '3: ["3","4"]']);
    expect(rows('a\r1\r2\r')).toEqual(['1: ["a"]', '2: ["1"]', '3: ["2"]']);
  });

  it('reads quoted cells with commas, doubled quotes and line breaks, counting lines inside them', () => {
    expect(rows('name,note\n"Reyes, Dana","said ""hi"""\n"multi\r\nline",x\nlast,y\n')).toEqual([
      '1: ["name","note"]',
      '2: ["Reyes, Dana","said \\"hi\\""]',
      '3: ["multi\\r\\nline","x"]',
      '5: ["last","y"]',
    ]);
  });

  it('keeps empty cells and spaces; skips blank lines; drops a byte order mark', () => {
    expect(rows('\ufeffa,,c\n\n , x ,\n')).toEqual(['1: ["a","","c"]', '3: [" "," x ",""]']);
    expect(rows('""\n')).toEqual([]);
    expect(rows('')).toEqual([]);
  });

  it('keeps a stray quote inside an unquoted cell as text', () => {
    expect(rows('5" screen,1\n')).toEqual(['1: ["5\\" screen","1"]']);
  });

  it('reports an unclosed quote at the line it opens, and text after a closing quote', () => {
    expect(() => parseCsv('a\n"open,\n\n')).toThrow(new CsvError('a quoted cell is never closed', 2));
    expect(() => parseCsv('a,b\n"x"y,1\n')).toThrow(CsvError);
    try {
      parseCsv('a,b\n"x"y,1\n');
    } catch (error) {
      expect((error as CsvError).line).toBe(2);
      expect((error as CsvError).message).toBe('line 2: unexpected `y` after a closing quote (write a quote inside a quoted cell as `""`)');
    }
  });
});

describe('csvRecord', () => {
  it('quotes only the cells that need it, and reads back the same', () => {
    const cells = ['plain', 'with, comma', 'say "x"', 'two\nlines', ' padded', ''];
    const text = csvRecord(cells);
    expect(text).toBe('plain,"with, comma","say ""x""","two\nlines"," padded",\n');
    expect(parseCsv(text)[0]!.cells).toEqual(cells);
  });
});
