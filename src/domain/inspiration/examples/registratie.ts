import type { Example } from '../example.ts';

/** Recording incidents and sharing information within the privacy rules (Bijlage 1; covenants' privacy clauses). */
export const REGISTRATIE_EXAMPLES: readonly Example[] = [
  {
    id: 'reg-incidentenregistratie',
    phase: 'registratie-informatie', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'Elk veiligheidsincident komt standaard in het incidentenregistratiesysteem van de school.',
  },
  {
    id: 'reg-privacy-belang-kind',
    phase: 'registratie-informatie', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'We wisselen informatie alleen uit binnen de landelijke privacyregels, en altijd in het belang van het kind.',
  },
  {
    id: 'reg-alleen-als-nodig',
    phase: 'registratie-informatie', kind: 'afspraak', source: 'almere',
    text: 'We delen gegevens alleen als het echt moet: als er geen andere weg is om het doel te bereiken.',
  },
  {
    id: 'reg-wettelijk-kader',
    phase: 'registratie-informatie', kind: 'afspraak', source: 'west-friesland',
    text: 'Bij het delen van informatie houdt de politie zich aan de Wet politiegegevens en houden school en gemeente zich aan de AVG.',
  },
  {
    id: 'reg-camerabeelden',
    phase: 'registratie-informatie', kind: 'actie', source: 'leidraad-bijlage',
    text: 'We leggen vast wanneer camerabeelden worden gedeeld en wie de digitale plattegronden van het gebouw heeft.',
  },
  {
    id: 'reg-inzage-trends',
    phase: 'registratie-informatie', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'Bij verdacht gedrag van leerlingen kijkt de politie mee in de incidentenregistratie om patronen te zien. Vervolgstappen, zoals een casusoverleg over risicojongeren of het sociaal wijkteam, stemmen we samen af.',
  },
  {
    id: 'reg-procedurele-info',
    phase: 'registratie-informatie', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'De politie vertelt de school hoe een strafzaak verloopt: alleen over de procedure, niet over de inhoud.',
  },
  {
    id: 'reg-politie-informeert',
    phase: 'registratie-informatie', kind: 'afspraak', source: 'west-friesland',
    text: 'Heeft een leerling een strafbaar feit gepleegd dat voor de school van belang is, dan geeft de politie de school informatie voor zover de wet dat toestaat.',
  },
  {
    id: 'reg-geen-persoonsgegevens',
    phase: 'registratie-informatie', kind: 'afspraak', source: 'dijk-en-waard',
    text: 'In het gezamenlijke overleg van scholen, gemeente, Halt en politie en in de signaleringsapp delen we geen persoonsgegevens.',
  },
  {
    id: 'reg-leerlingvolgsysteem',
    phase: 'registratie-informatie', kind: 'afspraak', source: 'nji',
    text: 'In het leerlingvolgsysteem noteren we de feiten en de aanpak volgens een vast schema, zonder lange of emotionele verslagen.',
  },
  {
    id: 'reg-doelbinding',
    phase: 'registratie-informatie', kind: 'afspraak', source: 'nji',
    text: 'In het veiligheidsplan staat hoe we met privacy omgaan en met welk doel we gegevens delen: zorgvuldig, maar zonder onnodig terughoudend te zijn.',
  },
  {
    id: 'reg-terugkoppeling-partners',
    phase: 'registratie-informatie', kind: 'actie', source: 'nji',
    text: 'We maken afspraken over hoe hulpverleners en strafrechtpartners aan de school terugkoppelen.',
  },
  {
    id: 'reg-meerderjarig',
    phase: 'registratie-informatie', kind: 'afspraak', source: 'almere',
    text: 'Ouders worden alleen geïnformeerd over leerlingen jonger dan 18 jaar; bij meerderjarige leerlingen gebeurt dat niet.',
  },
];
