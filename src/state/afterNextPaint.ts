/**
 * Runs `task` once the browser has painted the next frame: work that the first usable screen does
 * not need (sync, the list row, reading every field for the history) waits until it is on screen.
 * A page that paints no frame (a hidden tab; no DOM in tests) runs it after `latestMs` instead.
 * Returns a function that cancels it.
 */
export function afterNextPaint(task: () => void, latestMs = 250): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    task();
  };
  const fallback = setTimeout(run, latestMs);
  // rAF runs before the frame's paint; a task queued from it runs after that paint.
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
  return () => {
    done = true;
    clearTimeout(fallback);
  };
}
