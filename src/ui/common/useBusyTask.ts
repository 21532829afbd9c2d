import { useState } from 'preact/hooks';

/**
 * A button's one task at a time: busy while it runs, and on failure the Dutch message the button
 * gives (the task's own error text is technical and stays out of sight).
 */
export function useBusyTask(failureMessage: string) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const run = async (task: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await task();
    } catch {
      setError(failureMessage);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
