import type { InfoPanel } from './referenceTypes.ts';
import { REFERENCE_TITLES } from './topicTitles.ts';

/** The guide's box "Landelijke afspraken en wetgeving", with what the covenants add. */
export const WETGEVING_PANEL: InfoPanel = {
  title: REFERENCE_TITLES.wetgeving,
  intro:
    'School en politie werken samen binnen landelijke afspraken en wetten. Neem ze samen door voordat u afspraken maakt, ook als u al langer samenwerkt.',
  sections: [
    {
      heading: 'Visie en ambitie ‘Politie en schoolveiligheid’ (Nationale Politie)',
      paragraphs: ['De politie legt hierin vast hoe zij met scholen werkt, onder meer:'],
      bullets: [
        'elke school heeft een vaste contactpersoon bij de politie;',
        'school en politie bouwen aan een relatie van vertrouwen;',
        'informatie wordt gedeeld binnen de grenzen van de privacyregels;',
        'de politie neemt deel aan overleg;',
        'de politie geeft af en toe voorlichting in de klas;',
        'de politie adviseert over de veiligheid van gebouw en omgeving.',
      ],
    },
    {
      heading: 'Wet Veiligheid op school',
      paragraphs: [
        'Scholen in het (speciaal) basisonderwijs en (speciaal) voortgezet onderwijs moeten zorgen voor een veilige school. Dat betekent:',
      ],
      bullets: [
        'een sociaal veiligheidsbeleid dat ook wordt uitgevoerd;',
        'een aanspreekpunt waar leerlingen en ouders pesten kunnen melden;',
        'iemand die het beleid tegen pesten coördineert;',
        'het volgen van hoe leerlingen de veiligheid beleven en hoe het met hun welzijn gaat, zodat er altijd een actueel beeld is.',
      ],
    },
    {
      heading: 'Toezicht',
      paragraphs: [
        'De Inspectie van het Onderwijs ziet erop toe dat scholen de wet uitvoeren en hun zorgplicht voor de sociale veiligheid van leerlingen nakomen.',
      ],
    },
    {
      heading: 'Verder goed om te weten',
      bullets: [
        'Op grond van de Arbeidsomstandighedenwet is de school ook verantwoordelijk voor de veiligheid van het personeel (genoemd in de convenanten van Almere en West-Friesland).',
        'Bij een vermoeden van een zedenmisdrijf door een medewerker tegen een minderjarige leerling geldt een meld- en overlegplicht met de vertrouwensinspecteur, en bij een redelijk vermoeden een aangifteplicht voor het schoolbestuur.',
        'Bij zorgen over huiselijk geweld of kindermishandeling volgt de school de meldcode.',
        'Jongeren van 16 tot 23 jaar kunnen onder het adolescentenstrafrecht als minderjarige of als volwassene worden berecht (NJi).',
        'De afspraken uit dit gesprek komen bovenop een bestaand convenant schoolveiligheid en vervangen het niet.',
      ],
    },
  ],
  sources: [
    {
      name: 'Nationale Politie, Visie en ambitie ‘Politie en schoolveiligheid’ (via het CCV)',
      url: 'https://hetccv.nl/onderwerpen/geweld-op-school/documenten/politie-en-schoolveiligheid-visie-en-ambitie/',
    },
    {
      name: 'Stichting School en Veiligheid, Wettelijke zorgplicht sociale veiligheid',
      url: 'https://www.schoolenveiligheid.nl/actueel/wettelijke-zorgplicht-sociale-veiligheid/',
    },
    { name: 'Inspectie van het Onderwijs, Sociale veiligheid', url: 'https://www.onderwijsinspectie.nl/onderwerpen/sociale-veiligheid' },
    {
      name: 'Stichting School en Veiligheid, Meld- en aangifteplicht',
      url: 'https://www.schoolenveiligheid.nl/po-vo/kennisbank/meld-en-aangifteplicht/',
    },
    { name: 'Gespreksleidraad Samen voor een veilige school, hoofdstuk 2 en 4' },
  ],
};
