import type { ComponentType } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type * as Y from 'yjs';
import type { InspirationFieldKind } from '../../domain/inspiration/fieldPhases.ts';
import { anchorCaret, resolveCaret } from '../../domain/inspiration/caretAnchor.ts';
import { insertAtCaret } from '../../domain/inspiration/insertExample.ts';
import type { InspirationDialogProps } from '../inspiration/InspirationDialog.tsx';

/** The example library is loaded on the first tap, never with the form. */
const loadDialog = () => import('../inspiration/InspirationDialog.tsx').then((m) => m.InspirationDialog);

interface InspirationButtonProps {
  fieldLabel: string;
  fieldKind: InspirationFieldKind;
  themeId?: string | undefined;
  text: Y.Text;
  field: () => HTMLInputElement | HTMLTextAreaElement | null;
  /** The field's label element: it describes the button without becoming part of its name. */
  labelId: string;
  singleLine?: boolean;
  disabled?: boolean;
}

/** "Inspiratie": pick an example and have it inserted at the caret, as one ordinary edit. */
export function InspirationButton({ fieldLabel, fieldKind, themeId, text, field, labelId, singleLine, disabled }: InspirationButtonProps) {
  const [Dialog, setDialog] = useState<ComponentType<InspirationDialogProps> | undefined>();
  const [failed, setFailed] = useState(false);
  // The other tablet may type while the dialog is open: remember the caret as a position in the text.
  const anchor = useRef<ReturnType<typeof anchorCaret>>();

  const open = () => {
    setFailed(false);
    anchor.current = anchorCaret(text, field()?.selectionEnd ?? text.length);
    loadDialog().then(
      (component) => setDialog(() => component),
      () => setFailed(true),
    );
  };
  const choose = (example: string) => {
    setDialog(undefined);
    const el = field();
    const caret = (anchor.current && resolveCaret(text, anchor.current)) ?? text.length;
    const next = insertAtCaret(text, caret, example, singleLine ? { singleLine } : {});
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(next, next);
    });
  };

  return (
    <>
      <button
        type="button"
        class="utrecht-button utrecht-button--subtle app-tool-button"
        aria-describedby={labelId}
        disabled={disabled}
        onClick={open}
      >
        Inspiratie
      </button>
      {failed && <span role="alert" class="app-hint">De voorbeelden konden niet laden. Probeer het opnieuw.</span>}
      {Dialog && (
        <Dialog
          fieldLabel={fieldLabel}
          fieldKind={fieldKind}
          {...(themeId ? { themeId } : {})}
          onChoose={choose}
          onClose={() => setDialog(undefined)}
        />
      )}
    </>
  );
}
