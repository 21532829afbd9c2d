import type { Example } from '../example.ts';

/** Closing an incident: offenders, reporting to the police, care for victims (4.3; Bijlage 1 "Afhandelen"). */
export const AFHANDELEN_EXAMPLES: readonly Example[] = [
  {
    id: 'afh-maatwerk',
    phase: 'afhandelen', kind: 'afspraak', source: 'leidraad',
    text: 'Voor daders kiezen we per geval samen: volstaat een pedagogische reactie van de school, of is een strafrechtelijke aanpak door politie en justitie nodig? Er is geen standaardoplossing.',
  },
  {
    id: 'afh-gesprek-dader',
    phase: 'afhandelen', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'Na een strafbaar feit op of rond school voert de school een gesprek met de dader of verdachte en diens ouders.',
  },
  {
    id: 'afh-aanhouding',
    phase: 'afhandelen', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'Een aanhouding gebeurt meestal buiten het zicht van andere leerlingen, eventueel in burger. Past het bij een lik-op-stukbeleid van de school, dan kan de aanhouding juist in het zicht plaatsvinden, als duidelijk signaal aan andere leerlingen.',
  },
  {
    id: 'afh-schade',
    phase: 'afhandelen', kind: 'afspraak', source: 'leidraad-bijlage', themes: ['vernieling', 'diefstal', 'inbraak'],
    text: 'Daders, en bij kinderen tot en met 14 jaar hun ouders, worden aansprakelijk gesteld voor de schade. De leerlingen herstellen zelf zoveel mogelijk en betalen samen met hun ouders.',
  },
  {
    id: 'afh-halt',
    phase: 'afhandelen', kind: 'afspraak', source: 'leidraad-bijlage', themes: ['alcohol-drugs', 'vernieling', 'diefstal'],
    text: 'Bij bijvoorbeeld overlast, alcoholgebruik, vandalisme of diefstal overwegen we Halt: bij een overtreding via de politie, bij een misdrijf via het Openbaar Ministerie.',
  },
  {
    id: 'afh-schorsen',
    phase: 'afhandelen', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'Schorsen of verwijderen kan als het nodig is. Eerst volgt een waarschuwing; wordt die genegeerd, dan voert de school de schorsing ook echt uit.',
  },
  {
    id: 'afh-schorsen-dw',
    phase: 'afhandelen', kind: 'afspraak', source: 'dijk-en-waard',
    text: 'Schorsen of verwijderen volgt als lichtere maatregelen, zoals het Halt-spreekuur, niet hielpen, als het gedrag buiten proportie is of als de veiligheid van personeel of leerlingen in gevaar komt.',
  },
  {
    id: 'afh-consequent',
    phase: 'afhandelen', kind: 'afspraak', source: 'nji',
    text: 'We grijpen vroeg en consequent in. Kondigen we een gevolg aan, zoals ‘nog één keer en justitie wordt ingeschakeld’, dan voeren we dat ook uit.',
  },
  {
    id: 'afh-jongerenrechtbank',
    phase: 'afhandelen', kind: 'actie', source: 'leidraad-bijlage',
    text: 'We onderzoeken of een jongerenrechtbank past, waarin leerlingen zelf oordelen over conflicten op hun school.',
  },
  {
    id: 'afh-buurtoverlast',
    phase: 'afhandelen', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'Overlast die leerlingen in de buurt van de school veroorzaken, bespreken school en politie samen met die leerlingen.',
  },
  {
    id: 'afh-aanhouding-melden',
    phase: 'afhandelen', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'Is een leerling aangehouden of zit hij of zij vast, dan hoort de school dat van de politie. Zo kan de school de leerling na terugkomst goed in de gaten houden.',
  },
  {
    id: 'afh-proces-verbaal',
    phase: 'afhandelen', kind: 'afspraak', source: 'almere',
    text: 'Na een melding van een strafbaar feit op school handelt de politie het snel af en stuurt zij het proces-verbaal snel door naar het Openbaar Ministerie.',
  },
  {
    id: 'afh-extra-ondersteuning',
    phase: 'afhandelen', kind: 'afspraak', source: 'nji',
    text: 'De school biedt de leerling extra ondersteuning binnen school en regelt zo nodig een plek in een onderwijs-zorgarrangement.',
  },
  {
    id: 'aan-samen-afwegen',
    phase: 'aangifte', kind: 'afspraak', source: 'leidraad',
    text: 'Denkt de school aan aangifte, dan overlegt zij altijd eerst met de politiecontactpersoon en wegen we samen af.',
  },
  {
    id: 'aan-altijd-melden',
    phase: 'aangifte', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'Een vermoeden van een strafbaar feit binnen de school wordt altijd aan de politie gemeld of leidt tot aangifte.',
  },
  {
    id: 'aan-namens-slachtoffer',
    phase: 'aangifte', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'Durft een slachtoffer uit angst voor wraak geen aangifte te doen, dan doet de school dat zelf.',
  },
  {
    id: 'aan-vastleggen',
    phase: 'aangifte', kind: 'actie', source: 'leidraad-bijlage',
    text: 'We leggen vast wanneer, door wie en op welke manier de school aangifte doet.',
  },
  {
    id: 'aan-niet-alleen',
    phase: 'aangifte', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'Een aangifte is nooit de hele afhandeling; de school reageert ook zelf op het incident.',
  },
  {
    id: 'aan-terugkoppeling',
    phase: 'aangifte', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'De politie laat de school weten wat er met de aangifte gebeurt, houdt haar op de hoogte van de zaak en geeft een eerlijke inschatting van hoe lang het duurt.',
  },
  {
    id: 'aan-draagvlak',
    phase: 'aangifte', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'De schoolleiding zorgt dat het personeel achter de keuze staat bij welke incidenten aangifte wordt gedaan, en maakt dat ook aan ouders en leerlingen duidelijk.',
  },
  {
    id: 'aan-zedenmisdrijf',
    phase: 'aangifte', kind: 'afspraak', source: 'leidraad-bijlage', themes: ['seksueel-grensoverschrijdend'],
    text: 'Vermoedt de school een zedenmisdrijf door een medewerker tegen een minderjarige leerling, dan overlegt zij verplicht met de vertrouwensinspecteur. Is er een redelijk vermoeden, dan doet het bestuur meteen aangifte, ook als betrokkenen dat niet willen.',
  },
  {
    id: 'aan-gelijke-werkwijze',
    phase: 'aangifte', kind: 'afspraak', source: 'west-friesland',
    text: 'De politie spreekt met de scholen af hoe aangifte wordt gedaan, voor alle scholen op dezelfde manier, en voor welke strafbare feiten.',
  },
  {
    id: 'naz-opvang-slachtoffers',
    phase: 'nazorg', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'Slachtoffers van een incident worden goed opgevangen.',
  },
  {
    id: 'naz-getuigen',
    phase: 'nazorg', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'School en politie praten allebei met getuigen, zodat we samen een goed beeld van het incident krijgen.',
  },
  {
    id: 'naz-ernstig-incident',
    phase: 'nazorg', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'Na een ernstig incident worden personeel en leerlingen opgevangen en krijgen zo nodig passende hulp. We spreken af wie daarbij de leiding heeft.',
  },
  {
    id: 'naz-bemiddeling',
    phase: 'nazorg', kind: 'afspraak', source: 'leidraad',
    text: 'We overwegen bemiddeling tussen de betrokkenen, zoals herstelbemiddeling of leerlingbemiddeling.',
  },
  {
    id: 'naz-ruimte-uit-zicht',
    phase: 'nazorg', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'De politie spreekt slachtoffers in een ruimte waar andere leerlingen hen niet zien.',
  },
  {
    id: 'naz-steun-schoolleider',
    phase: 'nazorg', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'We spreken met de schoolleider af wie hem of haar bij een ernstig incident praktisch en emotioneel bijstaat.',
  },
  {
    id: 'naz-jongerenwerker',
    phase: 'nazorg', kind: 'afspraak', source: 'west-friesland',
    text: 'Bij incidenten kan een jongerenwerker vertrouwenspersoon zijn voor betrokken leerlingen en hun ouders.',
  },
  {
    id: 'naz-herstelrecht',
    phase: 'nazorg', kind: 'afspraak', source: 'nji',
    text: 'We kijken of herstelrecht kan helpen om de verhoudingen te herstellen, en vragen zo nodig advies aan een expertisecentrum voor herstelrecht in het onderwijs.',
  },
];
