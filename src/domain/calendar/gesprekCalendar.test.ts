import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addActie, actieTextKey, setActieWanneer } from '../form/actieFields.ts';
import { buildFullyFilledGesprek, setText } from '../form/fixtures/fullyFilledGesprek.ts';
import { readForm } from '../form/formSnapshot.ts';
import { gesprekCalendar } from './gesprekCalendar.ts';
import { escapeText, foldLine } from './icsText.ts';

const NOW = new Date(Date.UTC(2026, 11, 1, 20, 15, 0));

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  return { calendar, events };
}

describe('gesprekCalendar, read back with ical.js', () => {
  it('holds the next meeting in Dutch time and every dated action as an all-day event', () => {
    const doc = buildFullyFilledGesprek();
    const undated = addActie(doc);
    setText(doc, actieTextKey(undated, 'actie'), 'Zonder datum');
    const form = readForm(doc);
    const { text, eventCount } = gesprekCalendar(form, 'gesprek-1', NOW);
    const { calendar, events } = parse(text);

    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(eventCount).toBe(4);
    expect(events.map((e) => e.summary)).toEqual([
      'Gesprek school en politie: Het Øster College',
      'Actie: Gastles plannen in de brugklas',
      'Actie: Schoolveiligheidsplan aanpassen',
      'Actie: Ouderavond social media organiseren',
    ]);
    const [meeting, gastles, plan] = events as [ICAL.Event, ICAL.Event, ICAL.Event];
    // 14:30 in Amsterdam on 15 March 2027 is winter time: 13:30 UTC.
    expect(meeting.startDate.toJSDate().toISOString()).toBe('2027-03-15T13:30:00.000Z');
    expect(meeting.startDate.zone?.tzid).toBe('Europe/Amsterdam');
    // Summer time is applied from the file's own VTIMEZONE: 14:30 on 15 June 2027 is 12:30 UTC.
    const summer = new ICAL.Time({ year: 2027, month: 6, day: 15, hour: 14, minute: 30, second: 0, isDate: false }, meeting.startDate.zone);
    expect(summer.toJSDate().toISOString()).toBe('2027-06-15T12:30:00.000Z');
    expect(meeting.endDate.toJSDate().toISOString()).toBe('2027-03-15T14:30:00.000Z');
    expect(meeting.location).toBe('Lokaal 1.12, Øster College');
    expect(meeting.description).toContain('Wat gaan we dan doen? Afspraken over pesten evalueren; de gastles bespreken.');
    expect(meeting.description).toContain('Met: Łukasz Dvořák en Thi Nguyễn.');
    expect(meeting.description).toContain('Uit het gesprek van 23 november 2026 tussen Het Øster College en de politie.');

    expect(gastles.startDate.isDate).toBe(true);
    expect(gastles.startDate.toString()).toBe('2026-12-07');
    expect(gastles.endDate.toString()).toBe('2026-12-08');
    expect(gastles.description).toContain('Door wie? Thi Nguyễn');
    expect(plan.description).toContain('Gedaan.');
    expect(new Set(events.map((e) => e.uid)).size).toBe(4);
    for (const event of events) {
      expect(event.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-12-01T20:15:00Z');
    }
  });

  it('uses CRLF, folds at 75 octets without splitting characters, and escapes text', () => {
    const doc = buildFullyFilledGesprek();
    const id = addActie(doc);
    const tricky = 'Łukasz; Çelik, Nguyễn\\ en\nde wijkagent: '.repeat(6);
    setText(doc, actieTextKey(id, 'actie'), tricky);
    setActieWanneer(doc, id, '2027-05-01');
    const { text } = gesprekCalendar(readForm(doc), 'gesprek-1', NOW);

    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text).not.toContain('\uFFFD');
    const summaries = parse(text).events.map((e) => e.summary);
    expect(summaries).toContain(`Actie: ${tricky.trim()}`);
  });

  it('makes an all-day meeting when no time is set, and an empty calendar when nothing has a date', () => {
    const doc = buildFullyFilledGesprek();
    doc.getMap('afronden').set('volgendeAfspraakTijd', '');
    const allDay = parse(gesprekCalendar(readForm(doc), 'g', NOW).text).events[0]!;
    expect(allDay.startDate.isDate).toBe(true);
    expect(allDay.startDate.toString()).toBe('2027-03-15');

    const empty = gesprekCalendar(readForm(new Y.Doc()), 'g', NOW);
    expect(empty.eventCount).toBe(0);
    expect(parse(empty.text).events).toHaveLength(0);
  });
});

describe('icsText', () => {
  it('escapes the four TEXT specials', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
  it('folds a line of multi-byte characters at character boundaries', () => {
    const lines = foldLine(`SUMMARY:${'€'.repeat(40)}`);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(`SUMMARY:${'€'.repeat(40)}`);
  });
});
