/** The tablets' meetings are in the Netherlands, so event times are Dutch wall-clock time. */
export const TZID = 'Europe/Amsterdam';

/**
 * VTIMEZONE for Europe/Amsterdam under the EU rules in force since 1996: summer time from the
 * last Sunday of March 02:00 to the last Sunday of October 03:00. RFC 5545 requires the
 * component for every TZID a file uses, so a reader never has to guess.
 */
export const AMSTERDAM_VTIMEZONE: readonly string[] = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];
