import { useId, useState } from 'preact/hooks';
import { isSecureConnection } from '../../pwa/secureContext.ts';
import { NEEDS_HTTPS } from '../common/needsSecureConnection.ts';

/**
 * "Link plakken": a pairing link received by mail or chat opens in Safari, not in the home-screen
 * app (which has storage of its own), so the app takes the link pasted in here.
 */
export function PasteLinkForm({ onLink, onCancel }: { onLink(text: string): Promise<string | undefined>; onCancel(): void }) {
  const inputId = useId();
  const hintId = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!isSecureConnection()) return setProblem(NEEDS_HTTPS.link);
    if (!text.trim()) return setProblem('Plak eerst de koppellink in het vak.');
    setBusy(true);
    setProblem(await onLink(text));
    setBusy(false);
  };

  return (
    <form class="app-paste-link" onSubmit={(e) => void submit(e)}>
      <div class="utrecht-form-field app-field">
        <label class="utrecht-form-label" for={inputId}>Koppellink van de andere tablet</label>
        <p id={hintId} class="app-paste-link__hint">Gekregen per mail of chat? Houd het vak ingedrukt en kies “Plak”.</p>
        <input
          id={inputId}
          class="utrecht-textbox utrecht-textbox--html-input"
          type="url"
          inputMode="url"
          autoComplete="off"
          autoCapitalize="off"
          spellcheck={false}
          aria-describedby={hintId}
          aria-invalid={problem ? 'true' : undefined}
          value={text}
          onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      {problem && <div class="utrecht-alert utrecht-alert--error" role="alert">{problem}</div>}
      <div class="app-button-row">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" disabled={busy}>Gesprek openen</button>
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={onCancel}>Annuleren</button>
      </div>
    </form>
  );
}
