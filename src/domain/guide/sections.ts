import type { ChapterNumber } from './chapters.ts';

/** A part of a chapter with the guide's own questions for it. */
export interface Section {
  id: SectionId;
  chapter: ChapterNumber;
  /** "4.1" where the guide numbers it. */
  number?: string;
  title: string;
  intro: string;
  questions: readonly string[];
}

export type SectionId =
  | 'thema-inventaris'
  | 'prioriteren'
  | 'preventie'
  | 'reageren'
  | 'afhandelen'
  | 'evaluatie-incidenten'
  | 'gevolgen'
  | 'samenwerking'
  | 'afronden';

export const SECTIONS: readonly Section[] = [
  {
    id: 'thema-inventaris',
    chapter: 3,
    number: '3.1',
    title: 'Welke veiligheidsthema’s spelen er?',
    intro: 'Breng samen in kaart welke thema’s nu spelen: door incidenten, omdat erover gepraat wordt of omdat ze voor onrust zorgen.',
    questions: ['Welke veiligheidsthema’s spelen er op dit moment op de school?', 'Waar kan dit zich afspelen?'],
  },
  {
    id: 'prioriteren',
    chapter: 3,
    number: '3.2',
    title: 'Prioriteren',
    intro: 'Kies samen de drie thema’s die u als eerste uitwerkt. De andere komen later aan bod. Zet de top 3 ook in de jaarplanning van de school.',
    questions: ['Welke veiligheidsthema’s zijn het meest urgent en waarom?'],
  },
  {
    id: 'preventie',
    chapter: 4,
    number: '4.1',
    title: 'Preventie van incidenten',
    intro: 'Voorkomen is beter dan genezen.',
    questions: [
      'Welke preventieve acties voeren we al uit op dit thema? Wat gaat goed, wat kan beter?',
      'Welke signalen wijzen op een vergrote kans op een incident?',
      'Hoe en wanneer informeren we elkaar hierover?',
      'Welke maatregelen moeten we, wettelijk gezien, nemen om het probleem of een incident te voorkomen?',
      'Welke maatregelen kunnen we nemen om het probleem te voorkomen?',
      'Welke andere organisaties hebben we eventueel nodig (gemeente, Openbaar Ministerie, Halt, GGD, jeugdzorg, Centrum Jeugd en Gezin etc.)?',
    ],
  },
  {
    id: 'reageren',
    chapter: 4,
    number: '4.2',
    title: 'Reactie op incidenten',
    intro: 'Gaat het toch mis, beperk dan de schade en herstel zo snel mogelijk de rust.',
    questions: [
      'Veel scholen hebben een draaiboek of protocol over omgaan met incidenten, zoals een pestprotocol, crisisplan, protocol per veiligheidsthema etc. Voldoet dit (nog)? Wat gaat goed? Wat kan beter?',
      'Wie neemt de regie tijdens een incident: de schoolleiding, de schoolcontactpersoon of de politiecontactpersoon?',
      'Wat is onze eerste actie bij een incident?',
      'Hoe en wanneer communiceren we naar leerlingen, personeel, ouders en pers? Wie doet dit?',
    ],
  },
  {
    id: 'afhandelen',
    chapter: 4,
    number: '4.3',
    title: 'Afhandeling van incidenten',
    intro: 'Hoe handelen we het incident goed af en sluiten we het af?',
    questions: [
      'Wie neemt de regie in de afhandeling? Is dit dezelfde functionaris als bij 4.2?',
      'Hoe reageren we naar slachtoffer(s), getuige(n) en dader(s)?',
      'Hoe, door wie en wanneer gaan we communiceren naar leerlingen, personeel, ouders en pers? Gelden hier dezelfde afspraken als bij 4.2?',
      'Welke informatie wordt beschikbaar gesteld en uitgewisseld, en aan wie?',
      'Wordt er wel of geen aangifte gedaan, en waarom?',
      'Welke andere organisaties hebben we eventueel nodig (gemeente, Halt etc.)?',
      'Hoe houden we elkaar op de hoogte van de afwikkeling?',
    ],
  },
  {
    id: 'evaluatie-incidenten',
    chapter: 4,
    number: '4.4',
    title: 'Evaluatie van incidenten',
    intro: 'Is de rust na een incident terug, kijk dan samen terug: bent u allebei tevreden over hoe het ging?',
    questions: [
      'Hebben we gehandeld volgens de afspraken? Zo niet, wat was de reden dat deze afspraken niet werden nageleefd?',
      'Wat ging goed? Wat kan beter?',
      'Wat leren we van dit incident?',
      'Welke informatie moet verzameld en teruggekoppeld worden voor betere preventie?',
      'Welke afspraken over preventie, reageren op incidenten en afhandelen van incidenten moeten aangepast worden naar aanleiding van dit incident?',
    ],
  },
  {
    id: 'gevolgen',
    chapter: 4,
    number: '4.5',
    title: 'Gevolgen van afspraken',
    intro: 'Wat u nu afspreekt, kan raken aan wat de school al met anderen heeft afgesproken. Ga dat samen na.',
    questions: ['Hebben de nieuwe afspraken gevolgen voor bestaande afspraken met andere partijen?'],
  },
  {
    id: 'samenwerking',
    chapter: 5,
    title: 'Evaluatie van de samenwerking',
    intro: 'Worden afspraken nagekomen, sluiten ze nog aan op de praktijk, en wat doet de samenwerking voor de veiligheid in en om school?',
    questions: [
      'Hoe gaan we het effect van de samenwerking op de veiligheid evalueren? Wie betrekken we hierbij?',
      'Hoe houden we elkaar op de hoogte van de voortgang? Gaan we overlegmomenten vooraf vastleggen?',
      'Wat doen we als we merken dat de ander zich niet aan een afspraak houdt?',
      'Wat is de reden dat afspraken niet worden nageleefd?',
      'Wanneer (in welke situatie/na hoeveel tijd) nemen we de veiligheidsthema’s weer onder de loep en gaan we (nieuwe) prioriteiten vaststellen?',
      'Welke veiligheidsthema’s zijn nog niet aan de orde gekomen? Hoe gaan we verder met deze onderwerpen?',
    ],
  },
  {
    id: 'afronden',
    chapter: 6,
    title: 'Afronden',
    intro: 'Zet de puntjes op de i en neem de acties voor de komende tijd samen nog eens door.',
    questions: [
      'Hoe en naar wie gaan we terugkoppelen over dit gesprek? Wie van ons gaat dit doen en wanneer?',
      'Welke informatie moeten we nog uitzoeken of opzoeken? Wie van ons gaat dit doen en wanneer?',
      'Wanneer spreken we weer af? Wat gaan we dan doen?',
    ],
  },
];

export function sectionById(id: SectionId): Section {
  const section = SECTIONS.find((s) => s.id === id);
  if (!section) throw new Error(`Unknown section ${id}`);
  return section;
}
