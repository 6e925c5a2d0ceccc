/**
 * CSV payee data: one row per payee and period (columns `payee`, `period`, then the scalar inputs)
 * and, for each list input, a file of items (`payee`, `period`, then the record's fields). `per
 * year` inputs are repeated on every row of a payee and must agree. Each payee keeps the line of
 * every row, so an error can name it.
 */
import type { DiagnosticCode } from '../diagnostics/catalog.js';
import { CsvError, parseCsv, type CsvRecord } from './csv.js';
import { andList, withoutDuplicates } from './duplicates.js';
import { DataFileError, type DataProblem, type PayeeEntry, type RowLocation } from './entries.js';

export interface ListFile {
  /** The list input's name. */
  readonly name: string;
  readonly display: string;
  readonly text: string;
}

/** The main file has a column named like a list given in its own file (`--list`): which would win? */
export class ListColumnConflict extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly list: string,
  ) {
    super(`${file}:${line}: the column \`${list}\` is also given as a list file`);
  }
}

interface Table {
  readonly file: string;
  readonly columns: readonly string[];
  readonly rows: readonly CsvRecord[];
  readonly payeeColumn: number;
  readonly periodColumn: number;
  readonly headerLine: number;
}

function table(file: string, text: string): Table {
  let records: CsvRecord[];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError) throw new DataFileError(`${file}:${error.line}`, error.message.replace(/^line \d+: /, ''));
    throw error;
  }
  const [header, ...rows] = records;
  if (header === undefined) throw new DataFileError(file, 'the file is empty; it needs a header row such as `payee,period,…`');
  const columns = header.cells.map((c) => c.trim());
  const payeeColumn = columns.indexOf('payee');
  const periodColumn = columns.indexOf('period');
  if (payeeColumn < 0 || periodColumn < 0) {
    throw new DataFileError(`${file}:${header.line}`, 'the header needs a `payee` and a `period` column');
  }
  const twice = columns.find((c, i) => columns.indexOf(c) !== i);
  if (twice !== undefined) throw new DataFileError(`${file}:${header.line}`, `the header names the column \`${twice}\` twice`);
  return { file, columns, rows, payeeColumn, periodColumn, headerLine: header.line };
}

interface PeriodRows {
  /** The line of the main file's row, when there is one. */
  line: number | null;
  values: Record<string, unknown>;
  /** Per list input, the line of each item, in order. */
  itemLines: Map<string, number[]>;
}

class CsvPayee {
  readonly periods = new Map<string, PeriodRows>();
  readonly year = new Map<string, { value: string; line: number }>();
  readonly lines: { file: string; line: number }[] = [];
  problem: DataProblem | null = null;

  constructor(readonly payee: string) {}

  where(): string {
    return `payee "${this.payee}"`;
  }

  fail(code: DiagnosticCode, args: Record<string, string>, file: string, line: number): void {
    this.problem ??= { code, args, location: { file, line, label: `${file}:${line}` } };
  }

  period(name: string): PeriodRows {
    let rows = this.periods.get(name);
    if (rows === undefined) {
      rows = { line: null, values: {}, itemLines: new Map() };
      this.periods.set(name, rows);
    }
    return rows;
  }

  entry(mainFile: string, listFiles: ReadonlyMap<string, string>): PayeeEntry {
    const first = this.lines[0]!;
    const at = (file: string, line: number): RowLocation => ({ file, line, label: `${file}:${line}` });
    const locate = (args: Readonly<Record<string, string>>): RowLocation => {
      const where = args.where ?? '';
      const field = args.field ?? '';
      // `where` is `payee "X", Q2` (reading data) or `Q2` / `Q2: …` (paying): find the period in it.
      const period = [...this.periods.keys()].find((p) => where === p || where.endsWith(`, ${p}`) || where.startsWith(`${p}: `));
      const rows = period === undefined ? undefined : this.periods.get(period);
      const item = /^(\w+)\[(\d+)\]/.exec(field);
      if (rows && item) {
        const line = rows.itemLines.get(item[1]!)?.[Number(item[2]) - 1];
        const file = listFiles.get(item[1]!);
        if (line !== undefined && file !== undefined) return at(file, line);
      }
      if (rows && rows.line !== null) return at(mainFile, rows.line);
      const yearly = this.year.get(field);
      if (yearly) return at(mainFile, yearly.line);
      return at(first.file, first.line);
    };
    if (this.problem) return { payee: this.payee, data: null, problem: this.problem, locate };
    const periods: Record<string, Record<string, unknown>> = {};
    for (const [name, rows] of this.periods) periods[name] = rows.values;
    const year = Object.fromEntries([...this.year].map(([name, v]) => [name, v.value]));
    return { payee: this.payee, data: { payee: this.payee, year, periods }, problem: null, locate };
  }
}

export function csvPayees(file: string, text: string, lists: readonly ListFile[], perYear: ReadonlySet<string>): PayeeEntry[] {
  const main = table(file, text);
  const clash = lists.find((l) => main.columns.includes(l.name));
  if (clash !== undefined) throw new ListColumnConflict(file, main.headerLine, clash.name);
  const payees = new Map<string, CsvPayee>();
  const payeeOf = (t: Table, record: CsvRecord): CsvPayee => {
    const name = (record.cells[t.payeeColumn] ?? '').trim();
    const key = name === '' ? `(line ${record.line})` : name;
    let p = payees.get(key);
    if (p === undefined) {
      p = new CsvPayee(key);
      payees.set(key, p);
    }
    p.lines.push({ file: t.file, line: record.line });
    return p;
  };
  /** The period of a row, or null after reporting why the row cannot be used. */
  const rowPeriod = (t: Table, record: CsvRecord, p: CsvPayee): string | null => {
    if (record.cells.length !== t.columns.length) {
      const reason = `this row has ${record.cells.length} cell${record.cells.length === 1 ? '' : 's'} but the header has ${t.columns.length}`;
      p.fail('PP6011', { reason }, t.file, record.line);
      return null;
    }
    if ((record.cells[t.payeeColumn] ?? '').trim() === '') {
      p.fail('PP6001', { where: `line ${record.line}`, field: 'payee' }, t.file, record.line);
      return null;
    }
    const period = (record.cells[t.periodColumn] ?? '').trim();
    if (period === '') {
      p.fail('PP6001', { where: p.where(), field: 'period' }, t.file, record.line);
      return null;
    }
    return period;
  };

  for (const record of main.rows) {
    const p = payeeOf(main, record);
    const period = rowPeriod(main, record, p);
    if (period === null) continue;
    const rows = p.period(period);
    if (rows.line !== null) {
      p.fail('PP6011', { reason: `${p.where()} has two rows for ${period}: lines ${rows.line} and ${record.line}` }, file, record.line);
      continue;
    }
    rows.line = record.line;
    main.columns.forEach((column, c) => {
      if (c === main.payeeColumn || c === main.periodColumn) return;
      const value = record.cells[c]!;
      if (!perYear.has(column)) {
        rows.values[column] = value;
        return;
      }
      if (value.trim() === '') return;
      const earlier = p.year.get(column);
      if (earlier === undefined) p.year.set(column, { value, line: record.line });
      else if (earlier.value.trim() !== value.trim()) {
        const reason = `\`${column}\` is per year, so every row of ${p.where()} must give the same value, but line ${earlier.line} gives \`${earlier.value.trim()}\` and line ${record.line} gives \`${value.trim()}\``;
        p.fail('PP6011', { reason }, file, record.line);
      }
    });
  }

  const listFiles = new Map<string, string>();
  for (const list of lists) {
    const t = table(list.display, list.text);
    listFiles.set(list.name, list.display);
    for (const record of t.rows) {
      const p = payeeOf(t, record);
      const period = rowPeriod(t, record, p);
      if (period === null) continue;
      const rows = p.period(period);
      const item: Record<string, string> = {};
      t.columns.forEach((column, c) => {
        if (c !== t.payeeColumn && c !== t.periodColumn) item[column] = record.cells[c]!;
      });
      const existing = rows.values[list.name];
      const items = Array.isArray(existing) ? (existing as unknown[]) : [];
      rows.values[list.name] = items;
      items.push(item);
      const lines = rows.itemLines.get(list.name) ?? [];
      lines.push(record.line);
      rows.itemLines.set(list.name, lines);
    }
  }
  // A period with no item in a list file has an empty list, not a missing one.
  for (const p of payees.values()) {
    for (const rows of p.periods.values()) for (const list of lists) rows.values[list.name] ??= [];
  }
  // Names written differently for one payee (`Dana Reyes`, `dana  reyes`) would pay them twice.
  const candidates = [...payees.values()].map((p) => {
    const first = p.lines[0]!;
    const location: RowLocation = { file: first.file, line: first.line, label: `${first.file}:${first.line}` };
    const place = first.file === file ? `line ${first.line}` : `${first.file}:${first.line}`;
    return { entry: p.entry(file, listFiles), name: p.payee.startsWith('(line ') ? null : p.payee, place, location };
  });
  return withoutDuplicates(candidates, (group) => `as ${andList(group.map((c) => `"${c.name}" (${c.place})`))}`);
}
