import type * as Y from 'yjs';
import {
  NEXT_MEETING_DATE_FIELD,
  NEXT_MEETING_TIME_FIELD,
  setVolgendeAfspraak,
  setVolgendeAfspraakTijd,
  volgendeAfspraak,
  volgendeAfspraakTijd,
} from '../../domain/form/actieFields.ts';
import { DateField } from '../fields/DateField.tsx';
import { TextArea } from '../fields/TextArea.tsx';
import { TextField } from '../fields/TextField.tsx';
import { TimeField } from '../fields/TimeField.tsx';

/** "Volgende afspraak": when, where, and "Wat gaan we dan doen?" (chapter 6's closing question). */
export function NextMeetingFields({ doc, readOnly }: { doc: Y.Doc; readOnly: boolean }) {
  return (
    <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset app-fieldset">
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Volgende afspraak</legend>
      <div class="app-next-meeting">
        <DateField label="Datum" value={volgendeAfspraak(doc)} readOnly={readOnly} onChange={(date) => setVolgendeAfspraak(doc, date)} care={{ doc, field: NEXT_MEETING_DATE_FIELD }} />
        <TimeField label="Tijd" value={volgendeAfspraakTijd(doc)} readOnly={readOnly} onChange={(time) => setVolgendeAfspraakTijd(doc, time)} care={{ doc, field: NEXT_MEETING_TIME_FIELD }} />
      </div>
      <TextField doc={doc} fieldKey="volgendeAfspraak.plaats" label="Plaats" readOnly={readOnly} />
      <TextArea doc={doc} fieldKey="volgendeAfspraak.watDoen" label="Wat gaan we dan doen?" readOnly={readOnly} />
    </fieldset>
  );
}
