/** The chapters of the guide that the app walks through (chapter 1 is the introduction). */
export type ChapterNumber = 2 | 3 | 4 | 5 | 6;

export interface Chapter {
  number: ChapterNumber;
  title: string;
}

export const CHAPTERS: readonly Chapter[] = [
  { number: 2, title: 'Het gesprek beginnen' },
  { number: 3, title: 'Inventarisatie van de veiligheid' },
  { number: 4, title: 'Afspraken maken' },
  { number: 5, title: 'Evaluatie van de samenwerking' },
  { number: 6, title: 'Afronden' },
];

export function chapterTitle(number: ChapterNumber): string {
  const chapter = CHAPTERS.find((c) => c.number === number);
  if (!chapter) throw new Error(`Unknown chapter ${number}`);
  return chapter.title;
}

/** "Hoofdstuk 4 Afspraken maken": the nav link text the tests and screen readers rely on. */
export function chapterLabel(number: ChapterNumber): string {
  return `Hoofdstuk ${number} ${chapterTitle(number)}`;
}
