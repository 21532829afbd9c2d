import type { InfoPanel } from './referenceTypes.ts';
import { REFERENCE_TITLES } from './topicTitles.ts';

/** The guide's box "Informatie-uitwisseling en privacy", with the covenants' ground rules. */
export const PRIVACY_PANEL: InfoPanel = {
  title: REFERENCE_TITLES.privacy,
  intro:
    'In elke fase, van preventie tot evaluatie, delen school en politie informatie. Dat mag, maar binnen de wet en met een duidelijk doel.',
  sections: [
    {
      heading: 'De wet',
      bullets: [
        'Scholen en gemeenten vallen onder de Algemene verordening gegevensbescherming (AVG). De leidraad noemt nog de Wet bescherming persoonsgegevens; die is in 2018 door de AVG vervangen.',
        'De politie deelt gegevens op grond van de Wet politiegegevens.',
        'Het Openbaar Ministerie geeft alleen in uitzonderlijke gevallen informatie over een leerling, via politie of gemeente (Wet justitiële en strafvorderlijke gegevens).',
        'De Autoriteit Persoonsgegevens houdt toezicht, ook op cameratoezicht op school.',
      ],
    },
    {
      heading: 'Vuistregels uit de leidraad en de convenanten',
      bullets: [
        'Deel alleen wat echt nodig is, en alleen als het doel niet op een andere manier te bereiken is.',
        'Deel altijd in het belang van het kind.',
        'Over een strafzaak hoort de school alleen hoe de procedure verloopt, niet de inhoud.',
        'Ouders worden alleen geïnformeerd over leerlingen jonger dan 18 jaar.',
        'In overleg met meer partijen of in een gezamenlijke appgroep kan het vaak zonder persoonsgegevens.',
        'Leg in het veiligheidsplan vast welke informatie met welk doel wordt gedeeld. Respecteer de privacy, maar er kan vaak meer dan men denkt (NJi).',
        'Spreek af wanneer camerabeelden worden gedeeld en wie de digitale plattegronden van de school heeft.',
      ],
    },
  ],
  sources: [
    {
      name: 'Stichting School en Veiligheid, privacy en onderwijs',
      url: 'https://www.schoolenveiligheid.nl/po-vo/kennisbank/wet-bescherming-persoonsgegevens-wbp/',
    },
    { name: 'Autoriteit Persoonsgegevens, onderwijs', url: 'http://autoriteitpersoonsgegevens.nl/nl/onderwerpen/onderwijs' },
    {
      name: 'Autoriteit Persoonsgegevens, cameratoezicht op school',
      url: 'https://autoriteitpersoonsgegevens.nl/nl/onderwerpen/cameratoezicht/cameratoezicht-op-school',
    },
    {
      name: 'Nederlands Jeugdinstituut, Handreiking gegevensuitwisseling',
      url: 'http://www.nji.nl/nl/Download-NJi/Publicatie-NJi/Handreiking-gegevensuitwisseling.pdf',
    },
    { name: 'Convenant Veilige School West-Friesland, privacybepaling' },
    { name: 'Convenant Veiligheid op scholen Almere' },
    { name: 'Samenwerking veilige school Dijk en Waard' },
  ],
};
