/**
 * A unified diff of two texts, line by line (Myers' O(ND) algorithm), in the format of `diff -u`
 * and `git diff`: `--- a/file`, `+++ b/file`, then hunks with three lines of context. A last line
 * without a line break is marked `\ No newline at end of file`, so the diff applies exactly
 * (`git apply`, `patch -p1`). Used by `payplan fmt --diff`.
 */

interface Op {
  readonly kind: ' ' | '-' | '+';
  readonly line: string;
}

/** The lines of a text, each with its line break (the last one may have none). */
function lines(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', from)) {
    out.push(text.slice(from, i + 1));
    from = i + 1;
  }
  if (from < text.length) out.push(text.slice(from));
  return out;
}

/** The shortest edit script from `a` to `b`. */
function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let done = false;
  for (let d = 0; d <= max && !done; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[k - 1 + offset]! < v[k + 1 + offset]!) ? v[k + 1 + offset]! : v[k - 1 + offset]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[k + offset] = x;
      if (x >= n && y >= m) {
        done = true;
        break;
      }
    }
  }
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[k - 1 + offset]! < vd[k + 1 + offset]!) ? k + 1 : k - 1;
    const prevX = vd[prevK + offset]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: ' ', line: a[x - 1]! });
      x--;
      y--;
    }
    if (d > 0) {
      if (x === prevX) ops.push({ kind: '+', line: b[y - 1]! });
      else ops.push({ kind: '-', line: a[x - 1]! });
    }
    x = prevX;
    y = prevY;
  }
  return ops.reverse();
}

/** `""` when the texts are equal. */
export function unifiedDiff(before: string, after: string, oldName: string, newName: string, context = 3): string {
  if (before === after) return '';
  const ops = diffLines(lines(before), lines(after));
  // Where each op starts in the old and the new text (0-based line indexes).
  const oldAt: number[] = [];
  const newAt: number[] = [];
  let o = 0;
  let nw = 0;
  for (const op of ops) {
    oldAt.push(o);
    newAt.push(nw);
    if (op.kind !== '+') o++;
    if (op.kind !== '-') nw++;
  }
  const changes = ops.flatMap((op, i) => (op.kind === ' ' ? [] : [i]));
  const hunks: [number, number][] = [];
  for (const c of changes) {
    const last = hunks.at(-1);
    if (last !== undefined && c - context <= last[1]) last[1] = Math.min(ops.length, c + context + 1);
    else hunks.push([Math.max(0, c - context), Math.min(ops.length, c + context + 1)]);
  }
  const out = [`--- ${oldName}\n`, `+++ ${newName}\n`];
  for (const [start, end] of hunks) {
    const slice = ops.slice(start, end);
    const oldCount = slice.filter((op) => op.kind !== '+').length;
    const newCount = slice.filter((op) => op.kind !== '-').length;
    const range = (at: number, count: number) => (count === 1 ? `${at + 1}` : `${count === 0 ? at : at + 1},${count}`);
    out.push(`@@ -${range(oldAt[start]!, oldCount)} +${range(newAt[start]!, newCount)} @@\n`);
    for (const op of slice) {
      out.push(`${op.kind}${op.line}`);
      if (!op.line.endsWith('\n')) out.push('\n\\ No newline at end of file\n');
    }
  }
  return out.join('');
}
