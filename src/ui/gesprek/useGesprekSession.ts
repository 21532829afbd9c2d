import { useLayoutEffect, useState } from 'preact/hooks';
import { openGesprekSession, type GesprekSession } from '../../state/gesprekSession.ts';
import { storageErrorKind } from '../../storage/storageErrors.ts';
import { storageMessage } from '../messages/storage.ts';

export type SessionState =
  | { state: 'opening' }
  | { state: 'open'; session: GesprekSession }
  | { state: 'missing' }
  | { state: 'failed'; message: string };

/** Opens the gesprek for as long as the screen shows it, and closes it after. */
export function useGesprekSession(id: string): SessionState {
  const [state, setState] = useState<SessionState>({ state: 'opening' });
  // Layout effect: start reading IndexedDB now, not a frame later (see useLazyModule).
  useLayoutEffect(() => {
    let live = true;
    let opened: GesprekSession | undefined;
    openGesprekSession(id).then(
      (session) => {
        opened = session;
        if (!live) void session?.close();
        else setState(session ? { state: 'open', session } : { state: 'missing' });
      },
      (error: unknown) => live && setState({ state: 'failed', message: storageMessage(storageErrorKind(error)) }),
    );
    return () => {
      live = false;
      void opened?.close();
    };
  }, [id]);
  return state;
}
