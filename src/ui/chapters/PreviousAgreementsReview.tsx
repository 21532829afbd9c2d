import type * as Y from 'yjs';
import { AGREEMENT_FIELDS } from '../../domain/form/agreementFields.ts';
import { NAGEKOMEN_CHOICES, nagekomen, previousAgreementNoteKey, previousAgreements, setNagekomen } from '../../domain/form/followUpFields.ts';
import { TextArea } from '../fields/TextArea.tsx';
import { PredecessorLink } from './PredecessorLink.tsx';
import { RadioGroup } from './RadioGroup.tsx';

/** Chapter 5 of a follow-up: each agreement of the previous gesprek, "Nagekomen?" and a note. */
export function PreviousAgreementsReview({ doc, readOnly }: { doc: Y.Doc; readOnly: boolean }) {
  const agreements = previousAgreements(doc);
  if (agreements.length === 0) return null;
  return (
    <section class="app-cycle-box" aria-labelledby="vorige-afspraken-title">
      <h2 id="vorige-afspraken-title">Afspraken van het vorige gesprek</h2>
      <PredecessorLink doc={doc} />
      <ol class="app-review-list">
        {agreements.map((a, i) => {
          const name = a.theme || `Afspraak ${i + 1}`;
          return (
            <li key={a.id}>
              <h3>{name}</h3>
              <dl>
                {AGREEMENT_FIELDS.filter((f) => a.parts[f.part].trim() !== '').map((f) => (
                  <div key={f.part}>
                    <dt>{f.label}</dt>
                    <dd class="app-preserve-lines">{a.parts[f.part]}</dd>
                  </div>
                ))}
              </dl>
              <RadioGroup
                legend={`Nagekomen? (${name})`}
                options={NAGEKOMEN_CHOICES}
                value={nagekomen(doc, a.id)}
                disabled={readOnly}
                onChange={(value) => setNagekomen(doc, a.id, value)}
              />
              <TextArea doc={doc} fieldKey={previousAgreementNoteKey(a.id)} label={`Toelichting bij ${name}`} readOnly={readOnly} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
