import { updateGesprek } from '../storage/gesprekList.ts';

/** Counting goes per keystroke; the list row needs it only now and then. */
const WRITE_DELAY_MS = 1000;

export interface UnsentChangesMemory {
  update(count: number): void;
  /** Writes the latest count now (when the gesprek closes); settles when it is stored or failed. */
  flush(): Promise<void>;
}

/**
 * Keeps the sync's count of changes the server has not confirmed in the gesprek's list row, so
 * that after a restart without network the status line still says how many wait.
 */
export function rememberUnsentChanges(gesprekId: string, stored: number): UnsentChangesMemory {
  let written = stored;
  let latest = stored;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = async (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    if (latest === written) return;
    written = latest;
    // 0 removes the field: a row without it has nothing waiting.
    await updateGesprek(gesprekId, { unsentChanges: latest || undefined }).catch(() => undefined);
  };
  return {
    update(count) {
      latest = count;
      timer ??= setTimeout(() => void write(), WRITE_DELAY_MS);
    },
    flush: write,
  };
}
