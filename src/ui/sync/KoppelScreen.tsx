import { useEffect, useState } from 'preact/hooks';
import { isSecureConnection } from '../../pwa/secureContext.ts';
import { joinFromPairingLink } from '../../state/joinGesprek.ts';
import { NEEDS_HTTPS } from '../common/needsSecureConnection.ts';
import { pairingMessage } from '../messages/pairing.ts';
import { gesprekHref, homeHref } from '../routing/parseRoute.ts';

/** Opens a pairing link: adds the gesprek to this tablet and goes there, dropping the key from the address bar. */
export function KoppelScreen({ payload }: { payload: string }) {
  const [problem, setProblem] = useState<string | undefined>();
  useEffect(() => {
    // The key leaves the address bar and the history at once, whatever the join's outcome.
    // ("#/koppel", not "#/": the link home must still change the hash.)
    history.replaceState(null, '', `${location.pathname}${location.search}#/koppel`);
    // Joining here would store a key this page cannot use: nothing would ever sync.
    if (!isSecureConnection()) {
      setProblem(NEEDS_HTTPS.link);
      return;
    }
    joinFromPairingLink(`#/koppel/${payload}`).then(
      (joined) => {
        if (joined.ok) location.replace(gesprekHref(joined.value));
        else setProblem(pairingMessage(joined.error.code));
      },
      () => setProblem(pairingMessage('storage')),
    );
  }, [payload]);
  return (
    <main id="main" class="app-page app-page--narrow">
      <h1>Gesprek koppelen</h1>
      {problem ? (
        <>
          <div class="utrecht-alert utrecht-alert--error" role="alert">{problem}</div>
          <p>
            <a class="utrecht-link app-link-button" href={homeHref()}>Naar de lijst met gesprekken</a>
          </p>
        </>
      ) : (
        <p role="status">Gesprek openen…</p>
      )}
    </main>
  );
}
