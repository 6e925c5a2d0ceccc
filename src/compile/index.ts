/**
 * Stage 3: checked plans → executable plans.
 *
 * In: a Program whose check has run. Out: one CompiledPlan per plan, each a pure function from a
 * payee's data to a statement (same inputs, same statement, bit for bit).
 * Always: a file with any error-severity diagnostic is never compiled; its diagnostics come back
 * instead.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Program } from '../program.js';
import type { PayeeData } from '../runtime/payee.js';
import type { Statement } from '../runtime/statement.js';
import type { CheckedPlan } from '../check/model.js';
import { interpret } from './interpret.js';
import { lower } from './lower.js';

export interface CompiledPlan {
  readonly name: string;
  readonly periods: readonly string[];
  /** The inputs given once for the year rather than per period. */
  readonly perYearInputs: readonly string[];
  /** The inputs that are lists (given in CSV data by `--list name=file.csv`). */
  readonly listInputs: readonly string[];
  /** Pays one payee for the periods their data covers; throws PayoutError on bad data. */
  run(data: PayeeData): Statement;
}

export interface CompileResult {
  readonly ok: boolean;
  readonly plans: readonly CompiledPlan[];
  readonly diagnostics: readonly Diagnostic[];
}

export function compileProgram(program: Program): CompileResult {
  const diagnostics = program.diagnostics;
  if (program.hasErrors) return { ok: false, plans: [], diagnostics };
  const source = program.file.text;
  return { ok: true, plans: program.checked.plans.map((plan) => compiledPlan(plan, source)), diagnostics };
}

function compiledPlan(plan: CheckedPlan, source: string): CompiledPlan {
  const program = lower(plan, source);
  return {
    name: plan.name,
    periods: plan.periodNames,
    perYearInputs: plan.inputs.filter((i) => i.decl.perYear).map((i) => i.name),
    listInputs: plan.inputs.filter((i) => i.type.kind === 'list').map((i) => i.name),
    run: (data) => interpret(program, data),
  };
}

export { runTests, type TestResult, type ExpectationResult } from './test-runner.js';
export { emitModule, emitProgram, type EmitOptions, type EmitResult, type EmittedModule } from './emit-module.js';
