/**
 * A compact edit script between two versions of a text, for the history: Myers' O(ND) diff over
 * word tokens (fast, and a few words typed in several places cost those words, not the text
 * between), then each replaced run of words trimmed to the characters that changed, so a letter
 * typed inside a long word costs that letter. Beyond MAX_D differences it falls back to one
 * replaced run (keep prefix and suffix).
 */

/** Keep `n` characters (UTF-16 units) of the old text, drop `skip` characters, or insert text. */
export type Hunk = number | { skip: number } | string;

const MAX_D = 120;

const tokens = (text: string) => text.match(/\s+|[^\s]+/g) ?? [];

/** Appends a hunk, merging it into the previous one of the same kind. */
function append(hunks: Hunk[], hunk: Hunk): void {
  if (hunk === 0 || hunk === '' || (typeof hunk === 'object' && hunk.skip === 0)) return;
  const last = hunks[hunks.length - 1];
  if (typeof hunk === 'number' && typeof last === 'number') hunks[hunks.length - 1] = last + hunk;
  else if (typeof hunk === 'string' && typeof last === 'string') hunks[hunks.length - 1] = last + hunk;
  else if (typeof hunk === 'object' && typeof last === 'object') last.skip += hunk.skip;
  else hunks.push(hunk);
}

/** One replaced run: `removed` became `inserted`; only the characters between their common start and end are stored. */
function appendReplacement(hunks: Hunk[], removed: string, inserted: string): void {
  let start = 0;
  while (start < removed.length && start < inserted.length && removed[start] === inserted[start]) start++;
  let end = 0;
  while (end < removed.length - start && end < inserted.length - start && removed[removed.length - 1 - end] === inserted[inserted.length - 1 - end]) end++;
  append(hunks, start);
  append(hunks, { skip: removed.length - start - end });
  append(hunks, inserted.slice(start, inserted.length - end));
  append(hunks, end);
}

/** Edit script turning `from` into `to`, in characters. */
export function diffHunks(from: string, to: string): Hunk[] {
  const a = tokens(from);
  const b = tokens(to);
  const trace = myers(a, b);
  const hunks: Hunk[] = [];
  if (!trace) {
    appendReplacement(hunks, from, to);
    return hunks;
  }
  let at = 0;
  let removed = '';
  let inserted = '';
  for (const op of backtrack(trace, a, b)) {
    if (op.kind === 'keep') {
      appendReplacement(hunks, removed, inserted);
      removed = '';
      inserted = '';
      append(hunks, a[at]!.length);
      at++;
    } else if (op.kind === 'skip') {
      removed += a[at]!;
      at++;
    } else inserted += op.text;
  }
  appendReplacement(hunks, removed, inserted);
  return hunks;
}

export function applyHunks(from: string, hunks: readonly Hunk[]): string {
  let at = 0;
  let out = '';
  for (const hunk of hunks) {
    if (typeof hunk === 'number') {
      out += from.slice(at, at + hunk);
      at += hunk;
    } else if (typeof hunk === 'string') out += hunk;
    else at += hunk.skip;
  }
  return out;
}

/** Reads a script stored by earlier versions of the app, whose numbers and skips counted word tokens. */
export function applyTokenHunks(from: string, hunks: readonly Hunk[]): string {
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
