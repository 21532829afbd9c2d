/**
 * A compact edit script between two versions of a text, for the history: Myers' O(ND) diff over
 * word tokens, so a few words typed in several places cost those words, not the text between.
 * Beyond MAX_D differences it falls back to one hunk (keep prefix and suffix).
 */

/** Keep `n` tokens of the old text, or insert text. Deletions are implied between keeps. */
export type Hunk = number | { skip: number } | string;

const MAX_D = 120;

const tokens = (text: string) => text.match(/\s+|[^\s]+/g) ?? [];

/** Edit script turning `from` into `to`: numbers keep tokens, {skip} drops tokens, strings insert. */
export function diffHunks(from: string, to: string): Hunk[] {
  const a = tokens(from);
  const b = tokens(to);
  const trace = myers(a, b);
  if (!trace) return [{ skip: a.length }, to];
  const ops = backtrack(trace, a, b);
  const hunks: Hunk[] = [];
  for (const op of ops) {
    const last = hunks[hunks.length - 1];
    if (op.kind === 'keep') {
      if (typeof last === 'number') hunks[hunks.length - 1] = last + 1;
      else hunks.push(1);
    } else if (op.kind === 'skip') {
      if (last !== undefined && typeof last === 'object') last.skip++;
      else hunks.push({ skip: 1 });
    } else if (typeof last === 'string') hunks[hunks.length - 1] = last + op.text;
    else hunks.push(op.text);
  }
  return hunks;
}

export function applyHunks(from: string, hunks: readonly Hunk[]): string {
  const a = tokens(from);
  let at = 0;
  let out = '';
  for (const hunk of hunks) {
    if (typeof hunk === 'number') {
      out += a.slice(at, at + hunk).join('');
      at += hunk;
    } else if (typeof hunk === 'string') out += hunk;
    else at += hunk.skip;
  }
  return out;
}

function myers(a: readonly string[], b: readonly string[]): Array<Map<number, number>> | undefined {
  const trace: Array<Map<number, number>> = [];
  let v = new Map<number, number>([[1, 0]]);
  for (let d = 0; d <= Math.min(MAX_D, a.length + b.length); d++) {
    const next = new Map<number, number>();
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v.get(k - 1) ?? -1) < (v.get(k + 1) ?? -1));
      let x = down ? (v.get(k + 1) ?? 0) : (v.get(k - 1) ?? 0) + 1;
      let y = x - k;
      while (x < a.length && y < b.length && a[x] === b[y]) {
        x++;
        y++;
      }
      next.set(k, x);
      if (x >= a.length && y >= b.length) {
        trace.push(next);
        return trace;
      }
    }
    trace.push(next);
    v = next;
  }
  return undefined;
}

type Op = { kind: 'keep' } | { kind: 'skip' } | { kind: 'insert'; text: string };

function backtrack(trace: ReadonlyArray<Map<number, number>>, a: readonly string[], b: readonly string[]): Op[] {
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d > 0; d--) {
    const v = trace[d - 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && (v.get(k - 1) ?? -1) < (v.get(k + 1) ?? -1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = v.get(prevK) ?? 0;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: 'keep' });
      x--;
      y--;
    }
    if (down) ops.push({ kind: 'insert', text: b[prevY] ?? '' });
    else ops.push({ kind: 'skip' });
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    ops.push({ kind: 'keep' });
    x--;
    y--;
  }
  return ops.reverse();
}
