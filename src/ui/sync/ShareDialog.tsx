import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { GesprekSync } from '../../state/gesprekSync.ts';
import { offerFile } from '../files/offerFile.ts';
import { useStoreState } from '../hooks/useStoreState.ts';
import { qrCodeDataUrl } from './qrCodeSvg.ts';
import { isSecureConnection } from '../../pwa/secureContext.ts';
import { NEEDS_HTTPS } from '../common/needsSecureConnection.ts';
import { RoleChoice } from './RoleChoice.tsx';

/** "Delen": the QR code and link that open this gesprek on the other tablet, or a file when there is no network. */
export function ShareDialog({ sync, onClose }: { sync: GesprekSync; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const linkId = useId();
  const role = useStoreState(sync.store, (s) => s.role);
  const [link, setLink] = useState<string | undefined>();
  const [qr, setQr] = useState<string | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    // Without WebCrypto no key can be made: say why at once instead of failing with "try again".
    if (!isSecureConnection()) {
      setError(NEEDS_HTTPS.share);
      return;
    }
    sync.share().then(
      async (pairing) => {
        setLink(pairing);
        setQr(await qrCodeDataUrl(pairing));
      },
      () => setError('Delen is niet gelukt. Probeer het opnieuw.'),
    );
  }, [sync]);

  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setMessage('De link is gekopieerd.');
    } catch {
      document.getElementById(linkId)?.focus();
      (document.getElementById(linkId) as HTMLInputElement | null)?.select();
      setMessage('Kopiëren lukte niet automatisch: de link is geselecteerd, kopieer hem zelf.');
    }
  };
  // The share sheet (Mail, Berichten, AirDrop) where the tablet has one; copying when it fails.
  const shareSheet = async () => {
    if (!link) return;
    try {
      await navigator.share({ title: 'Gesprek school & politie', url: link });
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) await copy();
    }
  };
  const [confirmStop, setConfirmStop] = useState(false);
  const stop = async () => {
    try {
      await sync.stopSharing();
      onClose();
    } catch {
      setError('Stoppen met delen is niet gelukt. Probeer het opnieuw.');
    }
  };
  const asFile = async () => {
    try {
      await offerFile(await sync.exportFile());
      setMessage('Het bestand is klaar. Open het op de andere tablet met "Bestand openen".');
    } catch {
      setError('Het bestand kon niet worden gemaakt. Probeer het opnieuw.');
    }
  };

  return (
    <dialog ref={ref} class="app-dialog app-share" aria-labelledby="share-title" onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <h2 id="share-title" class="app-dialog__title">Gesprek delen met de andere tablet</h2>
      <p>Scan de QR-code met de andere tablet, of stuur de link. Alleen wie deze code heeft, kan het gesprek lezen.</p>
      {error && <div class="utrecht-alert utrecht-alert--error" role="alert">{error}</div>}
      <div class="app-share__body">
        {qr ? (
          <img class="app-share__qr" src={qr} width={220} height={220} alt="QR-code met de koppellink van dit gesprek" />
        ) : error ? null : (
          <p role="status">QR-code maken…</p>
        )}
        <div>
          <div class="utrecht-form-field app-field">
            <label class="utrecht-form-label" for={linkId}>Link</label>
            <input id={linkId} class="utrecht-textbox utrecht-textbox--html-input" readOnly value={link ?? ''} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
          </div>
          <div class="app-button-row">
            <button type="button" class="utrecht-button utrecht-button--primary-action" disabled={!link} onClick={copy}>Kopieer link</button>
            {'share' in navigator && (
              <button type="button" class="utrecht-button utrecht-button--secondary-action" disabled={!link} onClick={() => void shareSheet()}>Delen via…</button>
            )}
          </div>
          <RoleChoice role={role} onChange={(r) => void sync.setRole(r)} />
        </div>
      </div>
      <h3>Geen netwerk?</h3>
      <p>Maak een bestand en open het op de andere tablet (via AirDrop, een USB-stick of e-mail). Het bestand is versleuteld.</p>
      <p>
        Staat dit gesprek nog niet op de andere tablet? Dan scant die tablet eerst de QR-code hierboven (de camera werkt ook
        zonder netwerk) of plakt de link, en kiest daarna op de lijst met gesprekken "Bestand openen".
      </p>
      <button type="button" class="utrecht-button utrecht-button--secondary-action" disabled={!link} onClick={asFile}>Delen als bestand</button>
      {message && <p role="status" class="app-status">{message}</p>}
      <h3>Stoppen met delen</h3>
      {confirmStop ? (
        <div class="app-row" role="group" aria-label="Stoppen met delen bevestigen">
          <p>Deze tablet werkt dan niet meer samen aan dit gesprek. Wat er al staat, blijft op beide tablets staan.</p>
          <button type="button" class="utrecht-button utrecht-button--primary-action utrecht-button--danger" onClick={() => void stop()}>Ja, stoppen met delen</button>
          <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => setConfirmStop(false)}>Annuleren</button>
        </div>
      ) : (
        <button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => setConfirmStop(true)}>Stoppen met delen op deze tablet</button>
      )}
      <div class="app-button-row app-dialog__footer">
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={onClose}>Sluiten</button>
      </div>
    </dialog>
  );
}
