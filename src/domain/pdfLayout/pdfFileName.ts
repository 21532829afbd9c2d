/** "Sint-Jozefschool (Ede)" → "sint-jozefschool-ede": safe on every file system and share sheet. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[Łł]/g, 'l')
    .replace(/[Øø]/g, 'o')
    .replace(/[Ææ]/g, 'ae')
    .replace(/[Đđ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `<kind>-<school>-<jjjj-mm-dd>`, before the extension. */
function fileStem(kind: string, schoolName: string, isoDate: string): string {
  const school = slugify(schoolName).slice(0, 60).replace(/-+$/, '') || 'naamloos';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(isoDate.trim()) ? isoDate.trim() : 'zonder-datum';
  return `${kind}-${school}-${date}`;
}

/** `gesprek-<school>-<jjjj-mm-dd>`: the name every file of one gesprek shares, before its extension. */
export const gesprekFileStem = (schoolName: string, isoDate: string): string => fileStem('gesprek', schoolName, isoDate);

/** The PDF's name; pure, so the UI can name the file without loading pdf-lib. */
export const pdfFileName = (schoolName: string, isoDate: string): string => `${gesprekFileStem(schoolName, isoDate)}.pdf`;

/** The `.gesprek` exchange file's name (see sync's GESPREK_FILE_EXTENSION). */
export const exchangeFileName = (schoolName: string, isoDate: string): string => `${gesprekFileStem(schoolName, isoDate)}.gesprek`;

/** The `.ics` agenda file's name for the next meeting: `agenda-<school>-<jjjj-mm-dd>.ics`. */
export const calendarFileName = (schoolName: string, isoDate: string): string => `${fileStem('agenda', schoolName, isoDate)}.ics`;
