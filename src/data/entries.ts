/** What reading payee data produces: each payee's data, or why it cannot be paid, and where its rows are. */
import type { DiagnosticCode } from '../diagnostics/catalog.js';
import type { PayeeData } from '../runtime/payee.js';

export interface RowLocation {
  /** The data file, as shown in output. */
  readonly file: string;
  /** The 1-based CSV line, or null for JSON data. */
  readonly line: number | null;
  /** `data.csv:7`, or `data.json (payee "Dana Reyes")`. */
  readonly label: string;
}

/** A payee whose rows could not be put together; reported like a PayoutError. */
export interface DataProblem {
  readonly code: DiagnosticCode;
  readonly args: Readonly<Record<string, string>>;
  readonly location: RowLocation;
}

export interface PayeeEntry {
  /** The payee's name, or `#3` for an unnamed third JSON payee. */
  readonly payee: string;
  /** Null when the payee's rows could not be put together (see `problem`). */
  readonly data: PayeeData | null;
  readonly problem: DataProblem | null;
  /** Where the data behind an error came from, from its PayoutError args (`where`, `field`). */
  locate(args: Readonly<Record<string, string>>): RowLocation;
}

/** The data file as a whole cannot be read: nobody is paid (PP6009). */
export class DataFileError extends Error {
  override readonly name = 'DataFileError';

  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}
