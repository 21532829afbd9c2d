import type * as Y from 'yjs';
import { emailHint, phoneHint } from '../../domain/form/contactHints.ts';
import { CONTACT_SIDES, contactFieldsFor, contactKey } from '../../domain/form/contactFields.ts';
import { gespreksdatum, setGespreksdatum } from '../../domain/form/meta.ts';
import { DOEL_VAN_HET_GESPREK, GESPREKSPARTNERS } from '../../domain/guide/conversationBasics.ts';
import { DateField } from '../fields/DateField.tsx';
import { TextField } from '../fields/TextField.tsx';

const hintFor = (inputType: string) => (inputType === 'tel' ? phoneHint : inputType === 'email' ? emailHint : undefined);

/** The invulformulier's first block: who to call, on both sides. */
export function ContactsChapter({ doc, readOnly }: { doc: Y.Doc; readOnly: boolean }) {
  return (
    <div class="app-chapter">
      <h1 class="app-chapter__title">Contactpersonen</h1>
      <p class="app-section__intro">Wissel direct telefoonnummers en e-mailadressen uit.</p>
      <details class="app-guide app-basics">
        <summary class="app-guide__summary">Gesprekspartners en doel van het gesprek</summary>
        <h2 class="app-guide__subtitle">Gesprekspartners</h2>
        <ul class="app-guide__list">
          {GESPREKSPARTNERS.map((partner) => (
            <li key={partner.role}>
              <strong>{partner.role}:</strong> {partner.who}
            </li>
          ))}
        </ul>
        <h2 class="app-guide__subtitle">Doel van het gesprek</h2>
        <p>{DOEL_VAN_HET_GESPREK}</p>
      </details>
      <DateField label="Datum van het gesprek" value={gespreksdatum(doc)} readOnly={readOnly} onChange={(date) => setGespreksdatum(doc, date)} care={{ doc, field: 'meta#datum' }} />
      <div class="app-contacts">
        {CONTACT_SIDES.map(({ side, legend }) => (
          <fieldset key={side} class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset app-fieldset">
            <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
            {contactFieldsFor(side).map((field) => {
              const hint = hintFor(field.inputType);
              return (
                <TextField
                  key={field.id}
                  doc={doc}
                  fieldKey={contactKey(side, field.id)}
                  label={field.label}
                  type={field.inputType}
                  autocomplete={field.autocomplete}
                  readOnly={readOnly}
                  {...(hint ? { hintFor: hint } : {})}
                />
              );
            })}
          </fieldset>
        ))}
      </div>
    </div>
  );
}
