import type { InfoPanel } from './referenceTypes.ts';
import { REFERENCE_TITLES } from './topicTitles.ts';

/** The guide's box "Cyberpesten" (chapter 3), in the app's own words, with the box's three links. */
export const CYBERPESTEN_PANEL: InfoPanel = {
  title: REFERENCE_TITLES.cyberpesten,
  intro:
    'Cyberpesten staat niet in de lijst van thema’s in de leidraad, maar heeft er een eigen kader. Het is een betrekkelijk nieuw thema: pesten via telefoon en internet.',
  sections: [
    {
      heading: 'Waar gaat het om?',
      bullets: [
        'Kwetsende teksten of valse berichten rondsturen, of dreigen dat te doen.',
        'Compromitterende, soms seksueel getinte foto’s of filmpjes verspreiden, of daarmee dreigen.',
      ],
    },
    {
      heading: 'Goed om te weten',
      paragraphs: [
        'Bedreigen, stalken, beledigen, discrimineren en smaad zijn strafbaar, ook als ze online gebeuren. Cyberpesten aanpakken is lastig; let er daarom vroeg op, zodat u het waar mogelijk klein houdt.',
      ],
    },
  ],
  sources: [
    {
      name: 'Stichting School en Veiligheid, Leerlingen en sociale media (po)',
      url: 'https://www.schoolenveiligheid.nl/po-vo/kennisbank/leerlingen-en-sociale-media-po/',
    },
    {
      name: 'Stichting School en Veiligheid, Leerlingen en sociale media (vo)',
      url: 'https://www.schoolenveiligheid.nl/po-vo/kennisbank/leerlingen-en-sociale-media-vo/',
    },
    {
      name: 'Stichting School en Veiligheid, Misbruik sociale media (mbo)',
      url: 'https://www.schoolenveiligheid.nl/mbo/thema/misbruik-sociale-media/#aanpak',
    },
  ],
};
