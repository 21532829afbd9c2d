import { gesprekHref, navigateTo } from '../routing/parseRoute.ts';
import { useBusyTask } from './useBusyTask.ts';

/** Yjs comes with it: loaded on the tap, not with home. */
const loadFollowUp = () => import('../../state/followUpGesprek.ts');

interface FollowUpButtonProps {
  previousId: string;
  /** Accessible name; starts with the visible "Vervolggesprek". */
  label?: string;
  subtle?: boolean;
}

/** "Vervolggesprek": starts the next gesprek from this one and opens it. */
export function FollowUpButton({ previousId, label, subtle }: FollowUpButtonProps) {
  const { busy, error, run } = useBusyTask('Het vervolggesprek kon niet worden gemaakt. Er is niets veranderd; probeer het opnieuw.');
  const start = () =>
    run(async () => {
      const id = await (await loadFollowUp()).createFollowUpGesprek(previousId);
      navigateTo(gesprekHref(id, 'h2'));
    });
  return (
    <>
      <button
        type="button"
        class={`utrecht-button ${subtle ? 'utrecht-button--subtle' : 'utrecht-button--secondary-action'}`}
        aria-label={label}
        aria-busy={busy}
        disabled={busy}
        onClick={() => void start()}
      >
        Vervolggesprek
      </button>
      {error && <span class="utrecht-alert utrecht-alert--error app-inline-alert" role="alert">{error}</span>}
    </>
  );
}
