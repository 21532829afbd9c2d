import { useState } from 'preact/hooks';
import type * as Y from 'yjs';
import { gesprekCalendar } from '../../domain/calendar/gesprekCalendar.ts';
import { readForm } from '../../domain/form/formSnapshot.ts';
import { calendarFileName } from '../../domain/pdfLayout/pdfFileName.ts';
import { offerFile } from '../files/offerFile.ts';

/** "Agenda (.ics)": the next meeting and the dated actions as one file for the Calendar app. */
export function CalendarButton({ doc, gesprekId }: { doc: Y.Doc; gesprekId: string }) {
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | undefined>();
  const exportCalendar = async () => {
    const form = readForm(doc);
    const { text, eventCount } = gesprekCalendar(form, gesprekId, new Date());
    if (eventCount === 0) {
      setMessage({ kind: 'error', text: 'Er is nog niets voor de agenda: vul de datum van de volgende afspraak of bij een actie "Wanneer?" in.' });
      return;
    }
    const name = calendarFileName(form.contactpersonen.school.naamSchool ?? '', form.datum);
    try {
      await offerFile(new File([text], name, { type: 'text/calendar' }));
      setMessage({ kind: 'ok', text: eventCount === 1 ? 'Het agendabestand heeft 1 afspraak.' : `Het agendabestand heeft ${eventCount} afspraken.` });
    } catch {
      setMessage({ kind: 'error', text: 'Het agendabestand kon niet worden gemaakt. Probeer het opnieuw.' });
    }
  };
  return (
    <div class="app-calendar-export">
      <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => void exportCalendar()}>
        Agenda (.ics)
      </button>
      <p class="app-subtle">Zet de volgende afspraak en de acties met een datum in de agenda van de tablet.</p>
      {message && (
        <p class={message.kind === 'error' ? 'utrecht-alert utrecht-alert--error' : 'app-status'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
