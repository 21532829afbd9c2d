import type * as Y from 'yjs';
import { PLACES } from '../../domain/guide/places.ts';
import { isPlaceSelected, setPlaceSelected, type ThemeRef } from '../../domain/form/themeFields.ts';
import { CheckboxField } from '../fields/CheckboxField.tsx';
import { TextArea } from '../fields/TextArea.tsx';

/** For one chosen theme: where it plays out, and a note. */
export function ThemeDetails({ doc, theme, readOnly }: { doc: Y.Doc; theme: ThemeRef; readOnly: boolean }) {
  return (
    <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset app-fieldset app-theme-details">
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{theme.name}</legend>
      <p class="app-subtle">Waar kan dit zich afspelen?</p>
      {PLACES.map((place) => (
        <CheckboxField
          key={place.id}
          label={place.label}
          checked={isPlaceSelected(doc, theme.id, place.id)}
          disabled={readOnly}
          onChange={(on) => setPlaceSelected(doc, theme.id, place.id, on)}
        />
      ))}
      <TextArea doc={doc} fieldKey={`theme.${theme.id}.note`} label={`Toelichting bij ${theme.name}`} readOnly={readOnly} />
    </fieldset>
  );
}
