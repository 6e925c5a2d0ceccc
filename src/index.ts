/**
 * payplan's public API. Everything a service embedding plans, the CLI or the language server needs
 * is re-exported here; nothing else in src/ is a public entry point.
 */
import { Program } from './program.js';
import { compileProgram, emitProgram, type CompileResult, type EmitResult } from './compile/index.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';

/** Parses, checks and compiles plan text. Compiles nothing when the file has an error. */
export function compile(text: string, options: { uri?: string } = {}): CompileResult {
  return compileProgram(new Program(options.uri ?? 'plan.payplan', text));
}

/**
 * Parses and checks plan text and generates, for each plan, an ES module (`run(data)`, `plan`,
 * `PayoutError`; depends only on decimal.js) and its `.d.ts`. Emits nothing when the file has an
 * error. `fileName` is named in the modules' header comments.
 */
export function emit(text: string, options: { uri?: string; fileName?: string } = {}): EmitResult {
  const uri = options.uri ?? 'plan.payplan';
  return emitProgram(new Program(uri, text), { fileName: options.fileName ?? uri.split('/').pop()! });
}

/** Parses and checks plan text: every diagnostic, in source order. */
export function check(text: string, options: { uri?: string } = {}): readonly Diagnostic[] {
  return new Program(options.uri ?? 'plan.payplan', text).diagnostics;
}

export { Program } from './program.js';
export type { CompileResult, CompiledPlan, TestResult, ExpectationResult } from './compile/index.js';
export type { EmitResult, EmittedModule, EmitOptions } from './compile/index.js';
export { emitModule } from './compile/index.js';
export { runTests } from './compile/index.js';
export type { Diagnostic, Severity, Fix, TextEdit, RelatedSpan } from './diagnostics/diagnostic.js';
export { catalog, type DiagnosticCode } from './diagnostics/catalog.js';
export { DIAGNOSTICS_DOCS_URL, diagnosticHelpUri } from './diagnostics/help-uri.js';
export { renderDiagnostic, renderDiagnostics } from './diagnostics/render.js';
export type { Statement, PeriodStatement, PayoutLine, ExplainStep } from './runtime/statement.js';
export type { PayeeData } from './runtime/payee.js';
export { PayoutError } from './runtime/errors.js';
export { renderStatementText } from './runtime/statement-text.js';
export type { Span } from './text/span.js';
export type { SourceFile } from './text/source-file.js';
