/** RFC 5545 text rules: escaping (3.3.11), CRLF line ends and folding at 75 octets (3.1). */

const encoder = new TextEncoder();
const MAX_OCTETS = 75;

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Splits a content line into physical lines of at most 75 octets, never inside a UTF-8 character. */
export function foldLine(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // A continuation line starts with one space, which counts towards its 75 octets.
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out;
}

/** Joins content lines into a calendar stream: folded, CRLF after every line (the last one too). */
export function toIcsStream(lines: readonly string[]): string {
  return lines.flatMap(foldLine).map((l) => `${l}\r\n`).join('');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "2027-03-15" → "20270315". */
export const icsDate = (isoDate: string) => isoDate.replace(/-/g, '');

/** The day after an ISO date, for an all-day event's exclusive DTEND. */
export function nextDay(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return `${next.getUTCFullYear()}${pad(next.getUTCMonth() + 1)}${pad(next.getUTCDate())}`;
}

/** A UTC DATE-TIME for DTSTAMP: "20261201T201500Z". */
export function icsUtcStamp(now: Date): string {
  return `${now.getUTCFullYear()}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}T${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}Z`;
}

/** A stable, non-reversible tag for a gesprek id, so a UID does not carry the sync room's id. */
export function shortHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
