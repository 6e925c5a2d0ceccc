/**
 * The progress bar of `payplan run` on stderr: only when stderr is a terminal, and only once the run
 * has taken about a second, so short runs, pipes, CI logs and tests never see it. It is redrawn in
 * place at most ten times a second and erased when the run ends, so the summary below it is clean.
 */
import type { CliIo } from './context.js';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

export interface ProgressOptions {
  /** Milliseconds before the bar first shows; default 1000. */
  readonly delay?: number;
  readonly now?: () => number;
  /** Characters of the bar itself; default 30. */
  readonly width?: number;
}

const none: Progress = { update: () => {}, stop: () => {} };

export function progressBar(io: CliIo, options: ProgressOptions = {}): Progress {
  if (io.stderrIsTTY !== true) return none;
  const now = options.now ?? Date.now;
  const delay = options.delay ?? 1000;
  const width = options.width ?? 30;
  const start = now();
  let drawnAt: number | null = null;
  return {
    update(done, total) {
      const t = now();
      if (t - start < delay || total === 0) return;
      if (drawnAt !== null && t - drawnAt < 100 && done < total) return;
      drawnAt = t;
      const filled = Math.round((width * done) / total);
      const percent = Math.floor((100 * done) / total);
      io.stderr(`\r[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${String(percent).padStart(3)}% ${done}/${total} payees`);
    },
    stop() {
      if (drawnAt !== null) io.stderr('\r\x1b[2K');
      drawnAt = null;
    },
  };
}
