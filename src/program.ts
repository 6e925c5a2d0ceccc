/**
 * The Program facade: one plan file's text in, its stages (parse, check, test runs) computed lazily
 * and cached. The CLI, the
 * language server and the tests all go through it, so they see the same diagnostics and results.
 * An internal error in a stage becomes a PP9001 diagnostic naming the stage; user input never
 * makes it throw.
 */
import { check } from './check/index.js';
import type { CheckedFile } from './check/model.js';
import { createDiagnostic, hasErrors, type Diagnostic } from './diagnostics/diagnostic.js';
import { parse, type SyntaxResult } from './syntax/index.js';
import { createSourceFile, type SourceFile } from './text/source-file.js';
import type { PlanFile } from './syntax/ast.js';
import { runTests, type TestResult } from './compile/test-runner.js';

export class Program {
  readonly file: SourceFile;
  private syntaxResult: SyntaxResult | undefined;
  private checkedFile: CheckedFile | undefined;
  private testRun: TestRun | undefined;

  /** `notUtf8At`: where the file's bytes stop being UTF-8 (src/text/utf8.ts); such a file is refused (PP1005). */
  constructor(uri: string, text: string, private readonly options: ProgramOptions = {}) {
    this.file = createSourceFile(uri, text);
  }

  get syntax(): SyntaxResult {
    const at = this.options.notUtf8At;
    if (at !== undefined && at !== null && this.syntaxResult === undefined) {
      const span = { start: at, end: Math.min(at + 1, this.file.text.length) };
      this.syntaxResult = { ast: emptyFile(this.file), comments: [], diagnostics: [createDiagnostic('PP1005', span, {})] };
    }
    this.syntaxResult ??= guard('reading the plan', () => parse(this.file), (d) => ({ ast: emptyFile(this.file), comments: [], diagnostics: [d] }));
    return this.syntaxResult;
  }

  get checked(): CheckedFile {
    this.checkedFile ??= guard('checking the plan', () => check(this.syntax, this.file.text), (d) => ({
      ast: this.syntax.ast,
      comments: this.syntax.comments,
      plans: [],
      tests: [],
      diagnostics: [...this.syntax.diagnostics, d],
    }));
    return this.checkedFile;
  }

  get diagnostics(): readonly Diagnostic[] {
    return this.checked.diagnostics;
  }

  get hasErrors(): boolean {
    return hasErrors(this.diagnostics);
  }

  /** The file's `test` blocks run (none when the file has errors); an internal error is PP9001. */
  get tests(): TestRun {
    this.testRun ??= this.runTests();
    return this.testRun;
  }

  /** Runs only the `test` blocks whose name `select` accepts (`payplan test --filter`); not cached. */
  runTests(select?: (name: string) => boolean): TestRun {
    if (this.hasErrors) return { results: [], internal: null };
    const checked = select === undefined ? this.checked : { ...this.checked, tests: this.checked.tests.filter((t) => select(t.name)) };
    return guard<TestRun>('running the tests', () => ({ results: runTests(checked, this.file.text), internal: null }), (d) => ({ results: [], internal: d }));
  }
}

export interface ProgramOptions {
  readonly notUtf8At?: number | null;
}

export interface TestRun {
  readonly results: readonly TestResult[];
  readonly internal: Diagnostic | null;
}

function emptyFile(file: SourceFile): PlanFile {
  return { kind: 'PlanFile', span: { start: 0, end: file.text.length }, items: [] };
}

function guard<T>(stage: string, run: () => T, fallback: (d: Diagnostic) => T): T {
  try {
    return run();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fallback(createDiagnostic('PP9001', { start: 0, end: 0 }, { stage, reason }));
  }
}
