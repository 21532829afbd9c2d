import type { ReferenceSource } from './referenceTypes.ts';

/** NJi's fasekaartje: how serious is it, per kind of problem, in three phases. */
export type ProblemColumnId = 'school' | 'school-maatschappelijk' | 'maatschappelijk';

export interface ProblemColumn {
  id: ProblemColumnId;
  label: string;
}

export interface SeverityPhase {
  number: 1 | 2 | 3;
  title: string;
  /** What the pupil and those around them show in this phase. */
  picture: string;
  /** The fitting response per kind of problem. */
  responses: Readonly<Record<ProblemColumnId, readonly string[]>>;
  threatening: readonly string[];
  protective: readonly string[];
  /** Where this phase ends: what is done at most before the next phase begins. */
  border: string;
}

export const PROBLEM_COLUMNS: readonly ProblemColumn[] = [
  { id: 'school', label: 'Schoolproblemen' },
  { id: 'school-maatschappelijk', label: 'School- en maatschappelijke problemen' },
  { id: 'maatschappelijk', label: 'Maatschappelijke problemen' },
];

export const SEVERITY_PHASES: readonly SeverityPhase[] = [
  {
    number: 1,
    title: 'Lichte problematiek',
    picture: 'De leerling valt op en is bij meer dan één incident betrokken.',
    responses: {
      school: ['pedagogisch of didactisch ingrijpen'],
      'school-maatschappelijk': ['pedagogisch of didactisch ingrijpen', 'preventieve jeugdhulp'],
      maatschappelijk: ['pedagogisch ingrijpen', 'preventieve jeugdhulp'],
    },
    threatening: [
      'af en toe te laat of spijbelen',
      'neemt schoolregels niet zo nauw',
      'motivatie en werkhouding beginnen te haperen',
      'meer moeite dan gemiddeld met een paar vakken',
      'lagere cijfers dan verwacht',
      'wordt soms uit de les gestuurd',
      'gezien op verkeerde plekken',
      'loopt mee met anderen',
      'kleine overtredingen',
    ],
    protective: [
      'schoolspullen zijn op orde',
      'haalt resultaten en gaat over',
      'heeft een vrijetijdsbesteding',
      'ouders steunen en houden toezicht',
    ],
    border:
      'Overleg binnen de school; ouders zijn ingelicht. Denk aan extra ondersteuning op school, coaching of een paar gesprekken met schoolmaatschappelijk werk. Een melding in de Verwijsindex risicojongeren is niet nodig.',
  },
  {
    number: 2,
    title: 'De problemen worden serieus',
    picture: 'De leerling en de begeleiders hebben last van de incidenten. De incidenten zijn ‘Halt-waardig’.',
    responses: {
      school: ['(ortho)pedagogisch of (ortho)didactisch ingrijpen'],
      'school-maatschappelijk': [
        '(ortho)pedagogisch of (ortho)didactisch ingrijpen',
        'van voorkomen naar ingrijpen: overweeg jeugdhulp of een juridische aanpak',
      ],
      maatschappelijk: [
        '(ortho)pedagogisch ingrijpen',
        'van voorkomen naar ingrijpen: overweeg jeugdhulp of een juridische aanpak',
      ],
    },
    threatening: [
      'komt vaak te laat, spijbelt',
      'overtreedt regels op school',
      'vaak problemen met motivatie en werkhouding; leervorderingen lopen gevaar',
      'wordt regelmatig uit de les gestuurd',
      'betrokken bij intimidatie',
      'hoort bij een groep die de verkeerde kant op gaat',
      'bekend met overtredingen, vernieling, soms brandstichting',
      'heeft al een Halt-straf gehad',
      'veel ruzie thuis',
    ],
    protective: [
      'komt nog wel naar school',
      'kan met hard werken nog overgaan',
      'verhardt, maar minstens één docent bereikt hem of haar nog',
      'heeft nog een vrijetijdsbesteding',
      'de band met de ouders staat onder druk, maar er is nog contact en betrokkenheid',
    ],
    border:
      'Meestal volstaat overleg binnen de school, met intensief contact met ouders en wijkagent. Bereid zo nodig extern overleg voor: zorg dat het dossier voor overleg en overdracht op orde is.',
  },
  {
    number: 3,
    title: 'Ernstige, grensoverschrijdende incidenten: ingrijpen is nodig',
    picture: 'Leerling, ouders en school kunnen het niet meer aan.',
    responses: {
      school: ['(ortho)pedagogisch of (ortho)didactisch ingrijpen'],
      'school-maatschappelijk': [
        '(ortho)pedagogisch of (ortho)didactisch ingrijpen',
        'interventie: jeugdhulp of juridisch ingrijpen',
      ],
      maatschappelijk: ['(ortho)pedagogisch ingrijpen, jeugdhulp', 'interventie: jeugdhulp of juridisch ingrijpen'],
    },
    threatening: [
      'ernstige problemen met motivatie en werkhouding',
      'dreigt (voorgoed) uit te vallen of hangt op straat',
      'fysiek of verbaal geweld, openlijke intimidatie',
      'onvoldoende schoolresultaten',
      'is een veiligheidsprobleem voor de school',
      'verkeerde vriendengroep; pleegt delicten in of buiten school',
      'ouders hebben te weinig gezag en verliezen grip',
      'betrokken bij bijvoorbeeld een ernstig vuurwerkincident, wapenbezit (zoals messen), extreem pesten (ook online) of (toenemende) radicalisering',
    ],
    protective: [
      'er is nog één persoon naar wie hij of zij luistert',
      'kan de schoolloopbaan zonder veel vertraging weer oppakken',
      'is geholpen met intensieve begeleiding buiten de eigen school (bovenschools)',
      'ouders willen hulp aannemen, of een gezinsvoogd heeft invloed',
    ],
    border:
      'Van basisondersteuning naar extra ondersteuning (zorgarrangement of verwijzing): ingrijpen, daarna verplicht meewerken, juridische maatregelen.',
  },
];

export const PHASE_CARD_SOURCE: ReferenceSource = {
  name: 'Nederlands Jeugdinstituut (NJi), Veiligheid in verbinding, hoe werkt het? (fasekaartje)',
  url: 'http://www.nji.nl/nl/Download-NJi/Publicatie-NJi/Veiligheid-in-verbinding,-hoe-werkt-het.pdf',
};
