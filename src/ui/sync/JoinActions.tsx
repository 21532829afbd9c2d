import type { ComponentType } from 'preact';
import { useCallback, useId, useState } from 'preact/hooks';
import { navigateTo, gesprekHref } from '../routing/parseRoute.ts';
import { PairForFile } from './PairForFile.tsx';

type Scanner = ComponentType<{ onFound(text: string): void; onClose(): void }>;

const loadScanner = () => import('./QrScannerDialog.tsx').then((m) => m.QrScannerDialog);
const loadJoin = () => import('../../state/joinGesprek.ts');
const loadPairForFile = () => import('../../state/pairForFile.ts');

/** Home's way in for a gesprek started on the other tablet: scan its QR code, or open its file. */
export function JoinActions({ onJoined }: { onJoined(): void }) {
  const fileId = useId();
  const [Scanner, setScanner] = useState<Scanner | undefined>();
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | undefined>();
  // A file for a gesprek this tablet does not have yet: kept until the QR code or link arrives.
  const [waitingFile, setWaitingFile] = useState<Uint8Array | undefined>();

  const pairThenOpen = useCallback(
    async (link: string, file: Uint8Array) => {
      setMessage(undefined);
      try {
        const result = await (await loadPairForFile()).pairThenMergeFile(link, file);
        if (!result.ok) return setMessage({ kind: 'error', text: result.message });
        setWaitingFile(undefined);
        onJoined();
        setMessage({ kind: 'ok', text: 'Het gesprek is gekoppeld en het bestand is geopend.' });
      } catch {
        setMessage({ kind: 'error', text: 'Het bestand kon niet worden geopend. Probeer het opnieuw.' });
      }
    },
    [onJoined],
  );

  const found = useCallback(
    async (text: string) => {
      setScanner(undefined);
      if (waitingFile) return pairThenOpen(text, waitingFile);
      const joined = await (await loadJoin()).joinFromPairingLink(text);
      if (joined.ok) navigateTo(gesprekHref(joined.value));
      else setMessage({ kind: 'error', text: joined.error.message });
    },
    [waitingFile, pairThenOpen],
  );

  const openScanner = () => void loadScanner().then((c) => setScanner(() => c));

  const openFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setMessage(undefined);
    setWaitingFile(undefined);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const merged = await (await loadJoin()).mergeGesprekFile(bytes);
      if (!merged.ok) {
        if (merged.error.code === 'not-paired') return setWaitingFile(bytes);
        return setMessage({ kind: 'error', text: merged.error.message });
      }
      onJoined();
      setMessage({ kind: 'ok', text: 'Het bestand is samengevoegd met het gesprek op deze tablet.' });
    } catch {
      setMessage({ kind: 'error', text: 'Het bestand kon niet worden geopend. Probeer het opnieuw.' });
    }
  };

  return (
    <div class="app-join">
      <div class="app-button-row">
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={openScanner}>
          QR-code scannen
        </button>
        <input id={fileId} type="file" class="app-visually-hidden" accept=".gesprek,application/octet-stream" onChange={(e) => void openFile(e.currentTarget as HTMLInputElement)} />
        <label class="utrecht-button utrecht-button--secondary-action app-file-button" for={fileId}>Bestand openen</label>
      </div>
      {waitingFile && (
        <PairForFile onScan={openScanner} onLink={(link) => void pairThenOpen(link, waitingFile)} onCancel={() => setWaitingFile(undefined)} />
      )}
      {message && (
        <div class={`utrecht-alert utrecht-alert--${message.kind === 'ok' ? 'ok' : 'error'}`} role={message.kind === 'ok' ? 'status' : 'alert'}>
          {message.text}
        </div>
      )}
      {Scanner && <Scanner onFound={(text) => void found(text)} onClose={() => setScanner(undefined)} />}
    </div>
  );
}
