/**
 * `payplan build`'s output for one plan: an ES module that imports only decimal.js, and its `.d.ts`.
 */
import type { CheckedPlan } from '../check/model.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Program } from '../program.js';
import { emitDts } from './emit-dts.js';
import { emitJs, type EmitOptions } from './emit-js.js';
import { lower } from './lower.js';

export type { EmitOptions } from './emit-js.js';

export interface EmittedModule {
  /** The ES module: `run(data)`, `plan` and `PayoutError`, with the payout runtime inline. */
  readonly js: string;
  /** Its declarations: the plan's `PayeeData` and `Statement`. */
  readonly dts: string;
}

/** The plan must come from a file without error diagnostics (a Program whose `hasErrors` is false). */
export function emitModule(plan: CheckedPlan, source: string, options: EmitOptions = {}): EmittedModule {
  return { js: emitJs(lower(plan, source), source, options), dts: emitDts(plan, source, options) };
}

export interface EmitResult {
  /** False when the file has an error: nothing is emitted and `diagnostics` says why. */
  readonly ok: boolean;
  /** One module per plan of the file, in source order. */
  readonly modules: readonly (EmittedModule & { readonly plan: string })[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Emits a module for every plan of a checked file; a file with any error emits nothing. */
export function emitProgram(program: Program, options: EmitOptions = {}): EmitResult {
  const diagnostics = program.diagnostics;
  if (program.hasErrors) return { ok: false, modules: [], diagnostics };
  const source = program.file.text;
  const modules = program.checked.plans.map((plan) => ({ plan: plan.name, ...emitModule(plan, source, options) }));
  return { ok: true, modules, diagnostics };
}
