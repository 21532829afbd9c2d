import type * as Y from 'yjs';
import { actieTextKey, removeActie, restoreActie, setActieWanneer, setActieGedaan, type ActieRow } from '../../domain/form/actieFields.ts';
import { useRemoval } from '../gesprek/removalContext.ts';
import { actionMetaName } from '../../domain/form/fieldKeys.ts';
import { CheckboxField } from '../fields/CheckboxField.tsx';
import { DateField } from '../fields/DateField.tsx';
import { textField } from '../../domain/form/textFields.ts';
import { InspirationButton } from '../fields/InspirationButton.tsx';
import { TextField } from '../fields/TextField.tsx';
import { WhoChoices } from './WhoChoices.tsx';

interface ActionRowProps {
  doc: Y.Doc;
  row: ActieRow;
  number: number;
  readOnly: boolean;
}

/** One action: what, by whom, when, and whether it is done. */
export function ActieRowFields({ doc, row, number, readOnly }: ActionRowProps) {
  const announceRemoval = useRemoval();
  const remove = () =>
    announceRemoval({
      message: `Actie ${number} verwijderd`,
      remove: () => removeActie(doc, row.id),
      restore: () => restoreActie(doc, row.id, number - 1),
    });
  return (
    <li class="app-action">
      <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset app-fieldset app-action__fields">
        <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Actie {number}</legend>
        <div class="app-action__grid">
          <TextField
            doc={doc}
            fieldKey={actieTextKey(row.id, 'actie')}
            label="Actie"
            readOnly={readOnly}
            tools={(element, labelId) => (
              <InspirationButton
                fieldLabel={`actie ${number}`}
                fieldKind="actie"
                text={textField(doc, actieTextKey(row.id, 'actie'))}
                field={element}
                labelId={labelId}
                singleLine
                disabled={readOnly}
              />
            )}
          />
          <div class="app-action__who">
            <TextField doc={doc} fieldKey={actieTextKey(row.id, 'doorWie')} label="Door wie?" readOnly={readOnly} />
            <WhoChoices doc={doc} actionId={row.id} readOnly={readOnly} />
          </div>
          <DateField
            label="Wanneer?"
            value={row.wanneer}
            readOnly={readOnly}
            onChange={(date) => setActieWanneer(doc, row.id, date)}
            care={{ doc, field: `${actionMetaName(row.id)}#wanneer` }}
          />
        </div>
        <div class="app-row">
          <CheckboxField label="Gedaan" checked={row.gedaan} disabled={readOnly} onChange={(done) => setActieGedaan(doc, row.id, done)} />
          <button
            type="button"
            class="utrecht-button utrecht-button--subtle utrecht-button--danger"
            disabled={readOnly}
            onClick={remove}
          >
            Actie {number} verwijderen
          </button>
        </div>
      </fieldset>
    </li>
  );
}
