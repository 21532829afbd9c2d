import { useState } from 'preact/hooks';
import type { MissingCharacters } from '../../pdf/fallback/missingCharacters.ts';
import type { ConfirmMissing } from '../../state/pdfExport.ts';
import { useBusyTask } from '../common/useBusyTask.ts';
import { MissingCharactersDialog } from './MissingCharactersDialog.tsx';
import { offerFile } from './offerFile.ts';

interface PdfButtonProps {
  /**
   * Makes the file; called on tap so the PDF holds every word typed until then. Undefined when
   * the person chose not to print without the characters `confirmMissing` showed them.
   */
  makeFile(confirmMissing: ConfirmMissing): Promise<File | undefined>;
  /** Accessible name where "PDF maken" alone would be ambiguous (a row on home). */
  label?: string;
  subtle?: boolean;
}

interface Question {
  missing: MissingCharacters;
  answer(makeAnyway: boolean): void;
}

/** "PDF maken": renders the invulformulier and opens the share sheet or a download. */
export function PdfButton({ makeFile, label, subtle }: PdfButtonProps) {
  const { busy, error, run } = useBusyTask('De PDF kon niet worden gemaakt. Probeer het opnieuw; uw gesprek blijft bewaard.');
  const [question, setQuestion] = useState<Question | undefined>();
  const confirmMissing: ConfirmMissing = (missing) =>
    new Promise((resolve) =>
      setQuestion({
        missing,
        answer: (makeAnyway) => {
          setQuestion(undefined);
          resolve(makeAnyway);
        },
      }),
    );
  const make = () =>
    run(async () => {
      const file = await makeFile(confirmMissing);
      if (file) await offerFile(file);
    });
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
      {question && <MissingCharactersDialog missing={question.missing} onContinue={() => question.answer(true)} onCancel={() => question.answer(false)} />}
      {error && <span class="utrecht-alert utrecht-alert--error app-inline-alert" role="alert">{error}</span>}
    </>
  );
}
