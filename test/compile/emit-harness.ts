/**
 * What the code-generator tests share: the example plans with their sample data and test blocks,
 * a generated module written to disk and loaded with a real `import()`, and the outcome of a run
 * (a statement, or a PayoutError's code and args) in a form both back ends can be compared in.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CheckedPlan } from '../../src/check/model.js';
import { emitModule } from '../../src/compile/emit-module.js';
import { testPayeeData } from '../../src/compile/test-data.js';
import { Program } from '../../src/program.js';
import type { PayeeData } from '../../src/runtime/payee.js';
import type { Statement } from '../../src/runtime/statement.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** Generated modules go here: inside the repo, so `decimal.js` resolves, and ignored by git. */
export const cacheDir = `${repoRoot}.cache/emit-tests`;

export interface ExamplePlan {
  readonly name: string;
  readonly source: string;
  readonly program: Program;
  readonly plan: CheckedPlan;
  /** The sample payees of examples/data/<name>.json. */
  readonly samples: readonly PayeeData[];
  /** The payee data of the file's `test` blocks. */
  readonly tests: readonly PayeeData[];
}

export function loadPlanFile(path: string): { source: string; program: Program } {
  const source = readFileSync(path, 'utf8');
  const program = new Program(path, source);
  if (program.hasErrors) {
    throw new Error(`${path} has errors:\n${program.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n')}`);
  }
  return { source, program };
}

export function examplePlans(): ExamplePlan[] {
  const dir = `${repoRoot}examples/`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.payplan'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.payplan$/, '');
      const { source, program } = loadPlanFile(dir + file);
      const plan = program.checked.plans[0]!;
      let samples: PayeeData[] = [];
      try {
        samples = (JSON.parse(readFileSync(`${dir}data/${name}.json`, 'utf8')) as { payees: PayeeData[] }).payees;
      } catch {
        samples = [];
      }
      const tests = program.checked.tests.filter((t) => t.plan === plan).map((t) => testPayeeData(t.decl, plan, source));
      return { name, source, program, plan, samples, tests };
    });
}

export interface GeneratedModule {
  run(data: PayeeData): Statement;
  readonly plan: { readonly name: string; readonly currency: string; readonly periods: readonly string[] };
  readonly PayoutError: new (...args: never[]) => Error;
}

/** Writes the plan's module (and .d.mts) under .cache/ and imports it. */
export async function importGenerated(plan: CheckedPlan, source: string, name: string): Promise<{ module: GeneratedModule; path: string }> {
  const { js, dts } = emitModule(plan, source, { fileName: `${name}.payplan` });
  const hash = createHash('sha256').update(js).digest('hex').slice(0, 12);
  mkdirSync(cacheDir, { recursive: true });
  const path = `${cacheDir}/${name}-${hash}.mjs`;
  writeAtomically(path, js);
  writeAtomically(path.replace(/\.mjs$/, '.d.mts'), dts);
  const module = (await import(pathToFileURL(path).href)) as GeneratedModule;
  return { module, path };
}

function writeAtomically(path: string, text: string): void {
  const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, path);
}

export type Outcome =
  | { readonly statement: Statement }
  | { readonly error: string; readonly args: Readonly<Record<string, string>> };

/** A statement as plain JSON, or the PayoutError's code and args; anything else is rethrown. */
export function outcome(run: () => Statement): Outcome {
  try {
    return { statement: JSON.parse(JSON.stringify(run())) as Statement };
  } catch (error) {
    const e = error as { name?: string; code?: string; args?: Record<string, string> };
    if (e?.name === 'PayoutError' && typeof e.code === 'string') return { error: e.code, args: { ...e.args } };
    throw error;
  }
}
