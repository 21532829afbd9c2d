import type * as Y from 'yjs';
import { addOwnTheme, ownThemeIds, ownThemeNameKey, removeOwnTheme, restoreOwnTheme } from '../../domain/form/themeFields.ts';
import { useRemoval } from '../gesprek/removalContext.ts';
import { RemovedHistoryButton } from '../care/RemovedHistoryButton.tsx';
import { TextField } from '../fields/TextField.tsx';

/** The themes the two name themselves under "Ander thema". */
export function OwnThemes({ doc, readOnly }: { doc: Y.Doc; readOnly: boolean }) {
  const ids = ownThemeIds(doc).map((id) => `eigen:${id}`);
  const announceRemoval = useRemoval();
  const remove = (refId: string, i: number) =>
    announceRemoval({
      message: `Ander thema ${i + 1} verwijderd`,
      remove: () => removeOwnTheme(doc, refId),
      restore: () => restoreOwnTheme(doc, refId, i),
    });
  return (
    <div class="app-own-themes">
      {ids.map((refId, i) => (
        <div key={refId} class="app-row">
          <TextField doc={doc} fieldKey={ownThemeNameKey(refId)} label={`Ander thema ${i + 1}`} readOnly={readOnly} />
          <button
            type="button"
            class="utrecht-button utrecht-button--subtle utrecht-button--danger"
            disabled={readOnly}
            onClick={() => remove(refId, i)}
          >
            Ander thema {i + 1} verwijderen
          </button>
        </div>
      ))}
      <button type="button" class="utrecht-button utrecht-button--secondary-action" disabled={readOnly} onClick={() => addOwnTheme(doc)}>
        Nog een thema toevoegen
      </button>
      <RemovedHistoryButton doc={doc} list="ownThemes" present={ownThemeIds(doc)} title="Verwijderde andere thema's" readOnly={readOnly} />
    </div>
  );
}
