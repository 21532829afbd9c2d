import type { ComponentType } from 'preact';
import { useCallback, useId, useState } from 'preact/hooks';
import { isSecureConnection } from '../../pwa/secureContext.ts';
import { NEEDS_HTTPS } from '../common/needsSecureConnection.ts';
import { FILE_MERGED, FILE_NOT_OPENED, fileMessage, pairForFileMessage } from '../messages/files.ts';
import { pairingMessage } from '../messages/pairing.ts';
import { navigateTo, gesprekHref } from '../routing/parseRoute.ts';
import { PairForFile } from './PairForFile.tsx';
import { PasteLinkForm } from './PasteLinkForm.tsx';

type Scanner = ComponentType<{ onFound(text: string): void; onClose(): void }>;

const loadScanner = () => import('./QrScannerDialog.tsx').then((m) => m.QrScannerDialog);
const loadJoin = () => import('../../state/joinGesprek.ts');
const loadPairForFile = () => import('../../state/pairForFile.ts');

/** Home's way in for a gesprek started on the other tablet: scan its QR code, paste its link, or open its file. */
export function JoinActions({ onJoined }: { onJoined(): void }) {
  const fileId = useId();
  const [Scanner, setScanner] = useState<Scanner | undefined>();
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | undefined>();
  const [pasting, setPasting] = useState(false);
  // A file for a gesprek this tablet does not have yet: kept until the QR code or link arrives.
  const [waitingFile, setWaitingFile] = useState<Uint8Array | undefined>();

  const pairThenOpen = useCallback(
    async (link: string, file: Uint8Array) => {
      setMessage(undefined);
      try {
        const result = await (await loadPairForFile()).pairThenMergeFile(link, file);
        if (!result.ok) return setMessage({ kind: 'error', text: pairForFileMessage(result.problem) });
        setWaitingFile(undefined);
        onJoined();
        setMessage({ kind: 'ok', text: 'Het gesprek is gekoppeld en het bestand is geopend.' });
      } catch {
        setMessage({ kind: 'error', text: FILE_NOT_OPENED });
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
      else setMessage({ kind: 'error', text: pairingMessage(joined.error.code) });
    },
    [waitingFile, pairThenOpen],
  );

  const openLink = useCallback(async (text: string) => {
    const joined = await (await loadJoin()).joinFromPairingLink(text);
    if (!joined.ok) return pairingMessage(joined.error.code);
    navigateTo(gesprekHref(joined.value));
    return undefined;
  }, []);

  const openScanner = () => void loadScanner().then((c) => setScanner(() => c));

  const openFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setMessage(undefined);
    setWaitingFile(undefined);
    if (!isSecureConnection()) return setMessage({ kind: 'error', text: NEEDS_HTTPS.file });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const merged = await (await loadJoin()).mergeGesprekFile(bytes);
      if (!merged.ok) {
        if (merged.error.code === 'not-paired') return setWaitingFile(bytes);
        return setMessage({ kind: 'error', text: fileMessage(merged.error.code) });
      }
      onJoined();
      setMessage({ kind: 'ok', text: FILE_MERGED });
    } catch {
      setMessage({ kind: 'error', text: FILE_NOT_OPENED });
    }
  };

  return (
    <div class="app-join">
      <div class="app-button-row">
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={openScanner}>
          QR-code scannen
        </button>
        <button type="button" class="utrecht-button utrecht-button--secondary-action" aria-expanded={pasting} onClick={() => setPasting(!pasting)}>
          Link plakken
        </button>
        <input id={fileId} type="file" class="app-visually-hidden" accept=".gesprek,application/octet-stream" onChange={(e) => void openFile(e.currentTarget as HTMLInputElement)} />
        <label class="utrecht-button utrecht-button--secondary-action app-file-button" for={fileId}>Bestand openen</label>
      </div>
      {pasting && <PasteLinkForm onLink={openLink} onCancel={() => setPasting(false)} />}
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
