import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/context.js';
import { progressBar } from '../../src/cli/progress.js';
import { cli } from './helpers.js';

function fakeIo(tty: boolean): CliIo & { written: string[] } {
  const written: string[] = [];
  return { written, stdout: () => {}, stderr: (t) => void written.push(t), cwd: '/', stderrIsTTY: tty };
}

describe('the progress bar of payplan run', () => {
  it('is absent when stderr is not a terminal (the test harness): no carriage return or escape on stderr', async () => {
    const r = await cli(['run', 'examples/ae-fy2026-marginal.payplan', 'examples/data/ae-fy2026-marginal.json', '--out', 'csv']);
    expect(r.stderr).not.toMatch(/[\r\x1b]/);
  });

  it('draws nothing when not a TTY, however long the run', () => {
    const io = fakeIo(false);
    let t = 0;
    const bar = progressBar(io, { now: () => t });
    t = 60_000;
    bar.update(5, 10);
    bar.stop();
    expect(io.written).toEqual([]);
  });

  it('on a TTY: nothing in the first second, then a bar redrawn in place, erased at the end', () => {
    const io = fakeIo(true);
    let t = 0;
    const bar = progressBar(io, { now: () => t, width: 10 });
    t = 500;
    bar.update(1, 4);
    expect(io.written).toEqual([]);
    t = 1200;
    bar.update(2, 4);
    t = 1250;
    bar.update(3, 4); // within 100 ms of the last draw: skipped
    bar.update(4, 4); // the end is always drawn
    bar.stop();
    expect(io.written).toEqual(['\r[█████░░░░░]  50% 2/4 payees', '\r[██████████] 100% 4/4 payees', '\r\x1b[2K']);
  });
});
