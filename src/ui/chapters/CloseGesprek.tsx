import type * as Y from 'yjs';
import type { ContactSide } from '../../domain/form/fieldKeys.ts';
import { currentFingerprint, readForm } from '../../domain/form/formSnapshot.ts';
import { readText } from '../../domain/form/textFields.ts';
import { confirmSide, withdrawSide, type VaststellingView } from '../../domain/form/vaststelling.ts';
import { formatDutchDate, todayIso } from '../../domain/format/dutchDate.ts';
import { dutchDateTime } from '../../domain/pdfLayout/statusLines.ts';
import { FollowUpButton } from '../common/FollowUpButton.tsx';

const SIDES: ReadonlyArray<{ side: ContactSide; label: string }> = [
  { side: 'school', label: 'Akkoord school' },
  { side: 'politie', label: 'Akkoord politie' },
];

const dutchDay = (ms: number) => formatDutchDate(todayIso(new Date(ms)));

export function vaststellingHeadline(v: VaststellingView): string {
  if (v.status === 'vastgesteld' && v.agreedAt !== undefined) return `Vastgesteld op ${dutchDay(v.agreedAt)}`;
  if (v.status === 'gewijzigd') return 'Gewijzigd na vaststelling';
  return 'Concept';
}

/** "Gesprek afronden": both contact persons agree to the form as it is; either tablet may record both. */
export function CloseGesprek({ doc, gesprekId, readOnly }: { doc: Y.Doc; gesprekId: string; readOnly: boolean }) {
  const v = readForm(doc).cycle.vaststelling;
  const confirm = (side: ContactSide) =>
    confirmSide(doc, side, { name: readText(doc, `contact.${side}.naam`).trim(), at: Date.now(), fingerprint: currentFingerprint(doc) });
  return (
    <section class="app-cycle-box" aria-labelledby="afronden-title">
      <h2 id="afronden-title">Gesprek afronden</h2>
      <p class="app-cycle-status" role="status">{vaststellingHeadline(v)}</p>
      {v.status === 'gewijzigd' && v.agreedAt !== undefined && (
        <p>Het gesprek is na de vaststelling op {dutchDay(v.agreedAt)} gewijzigd. Het is weer vastgesteld als beide contactpersonen opnieuw akkoord geven.</p>
      )}
      {v.status === 'concept' && <p>Lees het formulier samen na. Is het zo goed, dan geven beide contactpersonen akkoord. Dat kan op één tablet.</p>}
      <ul class="app-confirm-list">
        {SIDES.map(({ side, label }) => {
          const given = v[side];
          const name = readText(doc, `contact.${side}.naam`).trim();
          const current = given && v.current[side];
          return (
            <li key={side}>
              {current ? (
                <>
                  <span>
                    {label}: {given.name || 'naam niet ingevuld'}, {dutchDateTime(given.at)}
                  </span>
                  <button type="button" class="utrecht-button utrecht-button--subtle" disabled={readOnly} onClick={() => withdrawSide(doc, side)}>
                    {label} intrekken
                  </button>
                </>
              ) : (
                <>
                  <button type="button" class="utrecht-button utrecht-button--primary-action" disabled={readOnly} onClick={() => confirm(side)}>
                    {label}
                  </button>
                  <span class="app-subtle">
                    {name ? name : 'Vul bij Contactpersonen de naam in.'}
                    {given ? ` Eerder akkoord op ${dutchDateTime(given.at)}, voor een vorige versie.` : ''}
                  </span>
                </>
              )}
            </li>
          );
        })}
      </ul>
      {v.status === 'vastgesteld' && (
        <div class="app-button-row">
          <FollowUpButton previousId={gesprekId} />
          <span class="app-subtle">Start het volgende gesprek met de contactpersonen, thema's, afspraken en open acties van dit gesprek.</span>
        </div>
      )}
    </section>
  );
}
