/**
 * The set of plan files the editor features see at once: the open documents and the plan files of
 * the workspace. Features that cross files (references, rename, workspace symbols, a test whose plan
 * lives in another file) look through it; single-file features only ask it for one Program.
 *
 * Plans are identified across files by their name: `test "…" for "AE FY2026"` in one file and
 * `plan "AE FY2026"` in another are the same plan, and its inputs, lets and components are the same
 * symbols wherever they are written.
 */
import type { CheckedPlan } from '../check/model.js';
import { Program } from '../program.js';

export interface PlanLocation {
  readonly uri: string;
  readonly program: Program;
  readonly plan: CheckedPlan;
}

export class WorkspaceIndex {
  private readonly files = new Map<string, Program>();
  private changes = 0;

  /** A new Program for the file, unless the text is unchanged. */
  set(uri: string, text: string): Program {
    const known = this.files.get(uri);
    if (known && known.file.text === text) return known;
    const program = new Program(uri, text);
    this.setProgram(program);
    return program;
  }

  setProgram(program: Program): void {
    this.files.set(program.file.uri, program);
    this.changes++;
  }

  delete(uri: string): void {
    if (this.files.delete(uri)) this.changes++;
  }

  get(uri: string): Program | undefined {
    return this.files.get(uri);
  }

  has(uri: string): boolean {
    return this.files.has(uri);
  }

  uris(): string[] {
    return [...this.files.keys()];
  }

  programs(): Program[] {
    return [...this.files.values()];
  }

  /** Grows on every change, so caches of cross-file facts know when they are stale. */
  get generation(): number {
    return this.changes;
  }

  /** The plan named `name`: in the file `preferUri` if it has one, else the first file that does. */
  planNamed(name: string, preferUri?: string): PlanLocation | undefined {
    const order = preferUri !== undefined && this.files.has(preferUri) ? [preferUri, ...this.uris().filter((u) => u !== preferUri)] : this.uris();
    for (const uri of order) {
      const program = this.files.get(uri)!;
      const plan = program.checked.plans.find((p) => p.name === name);
      if (plan) return { uri, program, plan };
    }
    return undefined;
  }

  /** An index of one file, for callers (and tests) that have a single document. */
  static of(uri: string, text: string): WorkspaceIndex {
    const index = new WorkspaceIndex();
    index.set(uri, text);
    return index;
  }
}
