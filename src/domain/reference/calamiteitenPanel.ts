import type { InfoPanel } from './referenceTypes.ts';
import { REFERENCE_TITLES } from './topicTitles.ts';

/** The guide's box "Calamiteiten": outside this conversation, but good to know where help is. */
export const CALAMITEITEN_PANEL: InfoPanel = {
  title: REFERENCE_TITLES.calamiteiten,
  intro:
    'Soms krijgt een school te maken met een calamiteit, grote onrust of een schokkende gebeurtenis, zoals een ernstige bedreiging van leerlingen of leraren of een incident waarbij iemand overlijdt. Zo’n situatie vraagt een eigen aanpak en valt buiten dit gesprek.',
  sections: [
    {
      heading: 'Waar vindt de school hulp?',
      bullets: [
        'Stichting School en Veiligheid biedt hulpmiddelen voor de omgang met een calamiteit.',
        'De school kan direct een calamiteitenteam inschakelen voor advies en begeleiding op locatie.',
      ],
    },
    {
      heading: 'Wat u nu al samen kunt regelen (suggesties van de app, niet uit de leidraad)',
      bullets: [
        'Een crisisplan of protocol voor ernstige gebeurtenissen, met rollen, verantwoordelijkheden en overleg (NJi).',
        'Wie wie belt, en hoe school en politie elkaar ook buiten werktijd bereiken.',
        'Eén aanspreekpunt voor de pers, en afstemming tussen de communicatie van de school en de persvoorlichting van de politie.',
        'Opvang van leerlingen en personeel, en steun voor de schoolleider.',
        'Na afloop samen terugkijken en het plan bijwerken.',
      ],
    },
  ],
  sources: [
    { name: 'Stichting School en Veiligheid, Calamiteiten', url: 'https://www.schoolenveiligheid.nl/po-vo/thema/calamiteiten-2/' },
    {
      name: 'Stichting School en Veiligheid, Advies en begeleiding op locatie',
      url: 'https://www.schoolenveiligheid.nl/po-vo/kennisbank/advies-en-begeleiding-op-locatie/',
    },
    {
      name: 'Stichting School en Veiligheid, Informatieblad Omgaan met media bij incidenten',
      url: 'https://www.schoolenveiligheid.nl/po-vo/wp-content/uploads/sites/2/2015/02/Omgaan-met-de-media-bij-incidenten.pdf',
    },
    {
      name: 'Nederlands Jeugdinstituut, Veiligheid in verbinding, hoe werkt het?',
      url: 'http://www.nji.nl/nl/Download-NJi/Publicatie-NJi/Veiligheid-in-verbinding,-hoe-werkt-het.pdf',
    },
  ],
};
