import type { Example } from '../example.ts';

/** The building, its surroundings and lessons (Bijlage 1 "Fysieke omgeving", "Voorlichting op school"). */
export const OMGEVING_EXAMPLES: readonly Example[] = [
  {
    id: 'fys-gevaarlijke-plekken',
    phase: 'fysieke-omgeving', kind: 'actie', source: 'leidraad-bijlage',
    text: 'We brengen plekken binnen de schoolhekken in kaart die buiten het zicht van de school liggen, en nemen ze op in de ronde die school en politie regelmatig lopen.',
  },
  {
    id: 'fys-camera',
    phase: 'fysieke-omgeving', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'Cameratoezicht op het schoolterrein is mogelijk onder voorwaarden; we volgen daarbij de regels van de Autoriteit Persoonsgegevens.',
  },
  {
    id: 'fys-hekken',
    phase: 'fysieke-omgeving', kind: 'afspraak', source: 'leidraad-bijlage', themes: ['inbraak', 'vernieling', 'diefstal'],
    text: 'De hekken rond het schoolplein worden geregeld nagelopen.',
  },
  {
    id: 'fys-inbraakwerendheid',
    phase: 'fysieke-omgeving', kind: 'actie', source: 'leidraad-bijlage', themes: ['inbraak', 'diefstal'],
    text: 'Een deskundige toetst het gebouw aan de Richtlijn inbraakbeveiliging onderwijsinstellingen. De school noteert welke adviezen ze opvolgt, niet opvolgt of later opvolgt.',
  },
  {
    id: 'fys-overlast-omgeving',
    phase: 'fysieke-omgeving', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'Geven leerlingen overlast rond de school, vlak voor, tijdens of na schooltijd, dan zoeken politie en school samen naar maatregelen, zo nodig met de gemeente.',
  },
  {
    id: 'fys-klachten-buurt',
    phase: 'fysieke-omgeving', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'Klagen buurtbewoners of ondernemers, dan gaat de school met leerlingen in gesprek over hoe het contact met de buurt beter kan, eventueel samen met de gemeente.',
  },
  {
    id: 'fys-kluiscontrole-initiatief',
    phase: 'fysieke-omgeving', kind: 'afspraak', source: 'leidraad-bijlage', themes: ['wapens', 'alcohol-drugs'],
    text: 'De school neemt het initiatief tot een kluisjescontrole op wapens of drugs en spreekt met de politiecontactpersoon af hoe vaak. Regie en verantwoordelijkheid blijven bij de school.',
  },
  {
    id: 'fys-kluiscontrole-aankondigen',
    phase: 'fysieke-omgeving', kind: 'afspraak', source: 'leidraad-bijlage', themes: ['wapens', 'alcohol-drugs'],
    text: 'Via de schoolgids of het huurcontract van de kluisjes weten leerlingen, ouders en personeel vooraf dat er controles kunnen zijn, waarom, en dat meewerken verplicht is.',
  },
  {
    id: 'fys-kluiscontrole-politie',
    phase: 'fysieke-omgeving', kind: 'afspraak', source: 'leidraad-bijlage', themes: ['wapens', 'alcohol-drugs'],
    text: 'Bij een controle op wapens of drugs kan de politie ter ondersteuning aanwezig zijn, maar dat is geen vereiste.',
  },
  {
    id: 'fys-kluisjes-halt',
    phase: 'fysieke-omgeving', kind: 'afspraak', source: 'dijk-en-waard', themes: ['wapens', 'alcohol-drugs'],
    text: 'Kluisjes kunnen preventief of na een signaal worden gecontroleerd. Halt controleert zelf niet, maar kan leerlingen na een controle op het Halt-spreekuur ontvangen.',
  },
  {
    id: 'fys-controles-surveillance',
    phase: 'fysieke-omgeving', kind: 'afspraak', source: 'west-friesland',
    text: 'School en politie doen samen projecten zoals fiets- en bromfietscontroles en surveillance op en rond het schoolterrein.',
  },
  {
    id: 'voo-incidenteel',
    phase: 'voorlichting', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'De politie geeft alleen af en toe voorlichting, en altijd samen met de school, eventueel met partners als Halt en GGD.',
  },
  {
    id: 'voo-programmas',
    phase: 'voorlichting', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'De school biedt leerlingen (bij voorkeur bewezen effectieve) programma’s aan over sociale vaardigheden en weerbaarheid.',
  },
  {
    id: 'voo-themaprojecten',
    phase: 'voorlichting', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'Met gastlessen of themaprojecten brengt de school maatschappelijke kwesties ter sprake die de schoolveiligheid kunnen raken, zoals het gebruik van social media. De gemeente kan daarbij helpen.',
  },
  {
    id: 'voo-na-incident',
    phase: 'voorlichting', kind: 'actie', source: 'leidraad-bijlage',
    text: 'Na een incident geven politie en school samen voorlichting aan leerlingen, personeel en ouders, eventueel met partners zoals Halt.',
  },
  {
    id: 'voo-halt-wf',
    phase: 'voorlichting', kind: 'afspraak', source: 'west-friesland',
    text: 'Halt verzorgt, afgestemd met de schoolleiding, voorlichting aan leerlingen, personeel en ouders om overlast, vandalisme en criminaliteit te voorkomen, passend bij wat er op school speelt.',
  },
  {
    id: 'voo-halt-jeugdcriminaliteit',
    phase: 'voorlichting', kind: 'afspraak', source: 'dijk-en-waard', themes: ['wapens', 'fysiek-geweld', 'alcohol-drugs', 'fraude'],
    text: 'Samen met Halt geven we voorlichting over jeugdcriminaliteit, zoals (nep)wapens, geweld, nepgeld en drugs, en over wat groepsdruk daarbij doet.',
  },
  {
    id: 'voo-politie-almere',
    phase: 'voorlichting', kind: 'afspraak', source: 'almere',
    text: 'Na afstemming met de schoolleiding kan de politiecontactpersoon leerlingen, ouders en personeel advies en uitleg geven over hoe u overlast en criminaliteit voorkomt.',
  },
  {
    id: 'voo-gastlessen-samen',
    phase: 'voorlichting', kind: 'afspraak', source: 'nji',
    text: 'School, politie en Halt geven samen gastlessen over de gevolgen van criminaliteit en over grensoverschrijdend gedrag.',
  },
  {
    id: 'voo-halt-onveilig',
    phase: 'voorlichting', kind: 'actie', source: 'nji',
    text: 'Zijn er tekenen dat de school onveilig wordt, dan vragen we Halt om te helpen de veiligheid te herstellen en organiseren we voorlichting waarbij ook ouders welkom zijn.',
  },
  {
    id: 'voo-jongerenwerk',
    phase: 'voorlichting', kind: 'afspraak', source: 'west-friesland', themes: ['pesten', 'cyberpesten', 'fysiek-geweld'],
    text: 'Jongerenwerkers organiseren met de partners activiteiten die de onderlinge band en veiligheid op school versterken, bijvoorbeeld rond pesten en conflicten.',
  },
];
