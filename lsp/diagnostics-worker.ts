/**
 * Checks documents off the main thread. Every change is posted here at once, so the check runs
 * while the debounce waits for typing to pause, and the main thread stays free for completion and
 * hover. When the debounce ends, the diagnostics of that version are usually ready to publish.
 *
 * The worker is this same module (in the bundle, the same file) started with a role in its
 * workerData; it keeps only the latest text of each document, so a burst of changes costs at most
 * one stale check. It calls src/ide's `diagnose`, exactly as the main thread would: results are
 * plain data (payplan Diagnostics and test outcomes) and are converted to LSP on the main thread.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { diagnose, type FileDiagnostics } from '../src/ide/index.js';
import { Program } from '../src/index.js';

const ROLE = 'payplan-diagnostics';

interface Job {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
}

export interface Checked {
  readonly uri: string;
  readonly version: number;
  readonly result: FileDiagnostics | null;
  readonly error?: string;
}

/** The worker's side: check the latest text of each document, one at a time. */
function serve(): void {
  const port = parentPort!;
  const pending = new Map<string, Job>();
  let busy = false;
  const next = () => {
    const job = pending.values().next().value as Job | undefined;
    if (!job) {
      busy = false;
      return;
    }
    pending.delete(job.uri);
    let answer: Checked;
    try {
      answer = { uri: job.uri, version: job.version, result: diagnose(new Program(job.uri, job.text)) };
    } catch (error) {
      answer = { uri: job.uri, version: job.version, result: null, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(answer);
    // Let newer texts arrive before choosing the next job.
    setImmediate(next);
  };
  port.on('message', (job: Job) => {
    pending.set(job.uri, job);
    if (!busy) {
      busy = true;
      setImmediate(next);
    }
  });
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === ROLE) serve();

/** The main thread's side: post texts, receive results by uri and version. */
export class DiagnosticsWorker {
  private worker: Worker | null = null;
  private readonly results = new Map<string, Checked>();
  private readonly waiting = new Map<string, ((checked: Checked) => void)[]>();
  private failed = false;

  constructor(private readonly log: (message: string) => void) {}

  /** False once the worker could not start or died: callers check on the main thread instead. */
  get available(): boolean {
    return !this.failed;
  }

  private ensure(): Worker | null {
    if (this.failed) return null;
    if (this.worker) return this.worker;
    try {
      const worker = new Worker(new URL(import.meta.url), { workerData: { role: ROLE } });
      worker.unref();
      worker.on('message', (checked: Checked) => {
        if (checked.error) this.log(`payplan: checking ${checked.uri} failed in the worker: ${checked.error}`);
        this.results.set(checked.uri, checked);
        for (const wake of this.waiting.get(checked.uri) ?? []) wake(checked);
      });
      worker.on('error', (error) => this.fail(`payplan: the diagnostics worker failed: ${error.stack ?? error.message}`));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(`payplan: the diagnostics worker exited with code ${code}`);
      });
      this.worker = worker;
      return worker;
    } catch (error) {
      this.fail(`payplan: the diagnostics worker could not start: ${String(error)}`);
      return null;
    }
  }

  private fail(message: string): void {
    if (this.failed) return;
    this.failed = true;
    this.worker = null;
    this.log(message);
    for (const [uri, wakes] of this.waiting) for (const wake of wakes) wake({ uri, version: -1, result: null });
    this.waiting.clear();
  }

  /** Starts checking this version now; the result is kept until asked for. */
  post(uri: string, version: number, text: string): void {
    const worker = this.ensure();
    if (worker) worker.postMessage({ uri, version, text } satisfies Job);
  }

  /** The result for exactly this version: at once if ready, else when it arrives; null if it will not. */
  result(uri: string, version: number, timeoutMs: number): Promise<FileDiagnostics | null> {
    const ready = this.results.get(uri);
    if (ready && ready.version === version) return Promise.resolve(ready.result);
    if (this.failed) return Promise.resolve(null);
    return new Promise((resolve) => {
      const done = (result: FileDiagnostics | null) => {
        clearTimeout(timer);
        const left = (this.waiting.get(uri) ?? []).filter((w) => w !== wake);
        if (left.length > 0) this.waiting.set(uri, left);
        else this.waiting.delete(uri);
        resolve(result);
      };
      const wake = (checked: Checked) => {
        if (checked.version === version || checked.version === -1) done(checked.result);
      };
      const timer = setTimeout(() => done(null), timeoutMs);
      this.waiting.set(uri, [...(this.waiting.get(uri) ?? []), wake]);
    });
  }

  forget(uri: string): void {
    this.results.delete(uri);
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = null;
  }
}
