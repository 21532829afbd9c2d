import { useId, useState } from 'preact/hooks';

interface PairForFileProps {
  onScan(): void;
  onLink(link: string): void;
  onCancel(): void;
}

/** The missing step, in place: this tablet needs the gesprek's QR code or link before the file can open. */
export function PairForFile({ onScan, onLink, onCancel }: PairForFileProps) {
  const linkId = useId();
  const [link, setLink] = useState('');
  return (
    <section class="utrecht-alert utrecht-alert--info app-pair-for-file" aria-labelledby={`${linkId}-title`}>
      <h2 id={`${linkId}-title`} class="app-dialog__title">Eerst koppelen, dan opent het bestand</h2>
      <p>
        Dit gesprek staat nog niet op deze tablet. Open op de andere tablet "Delen" en scan de QR-code (de camera werkt ook
        zonder netwerk), of plak de link. Daarna opent het bestand vanzelf.
      </p>
      <div class="app-button-row">
        <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={onScan}>QR-code scannen</button>
      </div>
      <form
        class="app-row"
        onSubmit={(e) => {
          e.preventDefault();
          onLink(link);
        }}
      >
        <div class="utrecht-form-field app-field">
          <label class="utrecht-form-label" for={linkId}>Link van de andere tablet</label>
          <input id={linkId} class="utrecht-textbox utrecht-textbox--html-input" value={link} autocomplete="off" onInput={(e) => setLink((e.currentTarget as HTMLInputElement).value)} />
        </div>
        <button type="submit" class="utrecht-button utrecht-button--secondary-action" disabled={link.trim() === ''}>Koppelen en openen</button>
        <button type="button" class="utrecht-button utrecht-button--subtle" onClick={onCancel}>Annuleren</button>
      </form>
    </section>
  );
}
