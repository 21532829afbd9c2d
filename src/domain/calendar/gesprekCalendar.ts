import type { FormSnapshot } from '../form/formSnapshot.ts';
import { formatDutchDate } from '../format/dutchDate.ts';
import { AMSTERDAM_VTIMEZONE, TZID } from './amsterdamTimezone.ts';
import { escapeText, icsDate, icsUtcStamp, nextDay, shortHash, toIcsStream } from './icsText.ts';

const UID_DOMAIN = 'gesprek-school-politie';
const MEETING_MINUTES = 60;

interface CalendarEvent {
  uid: string;
  date: string;
  /** hh:mm: a timed event in Dutch time; without it, an all-day event. */
  time?: string;
  summary: string;
  description: string;
  location?: string;
}

/** "Gesprek van 23 november 2026, Het Øster College en politie." */
function origin(form: FormSnapshot): string {
  const school = form.contactpersonen.school.naamSchool?.trim() || 'school';
  const date = form.datum ? ` van ${formatDutchDate(form.datum)}` : '';
  return `Uit het gesprek${date} tussen ${school} en de politie.`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

/** The next meeting and every action that has a date, as calendar events. */
export function calendarEvents(form: FormSnapshot, gesprekId: string): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  const school = form.contactpersonen.school.naamSchool?.trim();
  const meeting = form.cycle.nextMeeting;
  if (ISO_DATE.test(meeting.datum)) {
    const people = [form.contactpersonen.school.naam, form.contactpersonen.politie.naam].map((n) => n?.trim()).filter(Boolean);
    events.push({
      uid: `volgende-afspraak-${shortHash(gesprekId)}@${UID_DOMAIN}`,
      date: meeting.datum,
      ...(TIME.test(meeting.tijd) ? { time: meeting.tijd } : {}),
      summary: `Gesprek school en politie${school ? `: ${school}` : ''}`,
      description: [
        meeting.watDoen.trim() ? `Wat gaan we dan doen? ${meeting.watDoen.trim()}` : '',
        people.length ? `Met: ${people.join(' en ')}.` : '',
        origin(form),
      ].filter(Boolean).join('\n'),
      ...(meeting.plaats.trim() ? { location: meeting.plaats.trim() } : {}),
    });
  }
  for (const action of form.acties) {
    if (!ISO_DATE.test(action.wanneer)) continue;
    events.push({
      uid: `actie-${action.id}@${UID_DOMAIN}`,
      date: action.wanneer,
      summary: `Actie: ${action.actie.trim() || 'zonder omschrijving'}`,
      description: [
        action.doorWie.trim() ? `Door wie? ${action.doorWie.trim()}` : '',
        action.gedaan ? 'Gedaan.' : '',
        origin(form),
      ].filter(Boolean).join('\n'),
    });
  }
  return events;
}

function endTime(date: string, time: string): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const total = h * 60 + m + MEETING_MINUTES;
  // A meeting that would run past midnight ends at 23:59 the same day, keeping DTEND simple.
  const end = Math.min(total, 23 * 60 + 59);
  return `${icsDate(date)}T${String(Math.floor(end / 60)).padStart(2, '0')}${String(end % 60).padStart(2, '0')}00`;
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  const when = event.time
    ? [`DTSTART;TZID=${TZID}:${icsDate(event.date)}T${event.time.replace(':', '')}00`, `DTEND;TZID=${TZID}:${endTime(event.date, event.time)}`]
    : [`DTSTART;VALUE=DATE:${icsDate(event.date)}`, `DTEND;VALUE=DATE:${nextDay(event.date)}`];
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    ...when,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.time ? [] : ['TRANSP:TRANSPARENT']),
    'END:VEVENT',
  ];
}

/** One iCalendar file (RFC 5545) with the next meeting and the dated actions. */
export function gesprekCalendar(form: FormSnapshot, gesprekId: string, now: Date): { text: string; eventCount: number } {
  const events = calendarEvents(form, gesprekId);
  const stamp = icsUtcStamp(now);
  const usesTimezone = events.some((e) => e.time);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Gesprek school en politie//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(usesTimezone ? AMSTERDAM_VTIMEZONE : []),
    ...events.flatMap((e) => eventLines(e, stamp)),
    'END:VCALENDAR',
  ];
  return { text: toIcsStream(lines), eventCount: events.length };
}
