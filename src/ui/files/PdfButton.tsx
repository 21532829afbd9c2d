import { useState } from 'preact/hooks';
import { offerFile } from './offerFile.ts';

interface PdfButtonProps {
  /** Makes the file; called on tap so the PDF holds every word typed until then. */
  makeFile(): Promise<File>;
  /** Accessible name where "PDF maken" alone would be ambiguous (a row on home). */
  label?: string;
  subtle?: boolean;
}

/** "PDF maken": renders the invulformulier and opens the share sheet or a download. */
export function PdfButton({ makeFile, label, subtle }: PdfButtonProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const make = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await offerFile(await makeFile());
    } catch {
      setError('De PDF kon niet worden gemaakt. Probeer het opnieuw; uw gesprek blijft bewaard.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button
        type="button"
        class={`utrecht-button ${subtle ? 'utrecht-button--subtle' : 'utrecht-button--secondary-action'}`}
        aria-label={label}
        aria-busy={busy}
        disabled={busy}
        onClick={make}
      >
        {busy ? 'PDF wordt gemaakt…' : 'PDF maken'}
      </button>
      {error && <span class="utrecht-alert utrecht-alert--error app-inline-alert" role="alert">{error}</span>}
    </>
  );
}
