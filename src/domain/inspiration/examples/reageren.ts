import type { Example } from '../example.ts';

/** The first response to an incident: who acts, the press, the protocols (4.2; Bijlage 1 "Reageren"). */
export const REAGEREN_EXAMPLES: readonly Example[] = [
  {
    id: 'rea-eerst-bellen',
    phase: 'reageren', kind: 'afspraak', source: 'leidraad',
    text: 'Bij elk incident, klein of groot, belt de school eerst de politiecontactpersoon om samen de volgende stappen te bepalen.',
  },
  {
    id: 'rea-licht-zwaar',
    phase: 'reageren', kind: 'afspraak', source: 'leidraad',
    text: 'Bij lichtere zaken zoals pesten of schelden beslist de school zelf, zo nodig na advies van de politie, of de politie erbij komt. Zware zaken zoals geweld of seksueel grensoverschrijdend gedrag dragen we over aan de politie; we blijven elkaar daarna informeren.',
  },
  {
    id: 'rea-regie',
    phase: 'reageren', kind: 'afspraak', source: 'app',
    text: 'We leggen vast wie tijdens een incident de regie heeft (schoolleiding, schoolcontactpersoon of politiecontactpersoon) en wie diegene vervangt.',
  },
  {
    id: 'rea-inschatten',
    phase: 'reageren', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'Bij een incident gaat de schoolcontactpersoon na wat er is gebeurd, wie erbij betrokken zijn, of dit gedrag bij deze leerling vaker voorkwam en hoe ernstig het is.',
  },
  {
    id: 'rea-in-overleg',
    phase: 'reageren', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'Elke stap bij een incident zetten de school- en de politiecontactpersoon in overleg met elkaar.',
  },
  {
    id: 'rea-politie-belt-vooraf',
    phase: 'reageren', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'Waar het kan, neemt de politie bij een incident eerst contact op met de school voordat zij het gebouw binnengaat.',
  },
  {
    id: 'rea-diefstal-bevriezen',
    phase: 'reageren', kind: 'actie', source: 'leidraad-bijlage', themes: ['diefstal'],
    text: 'Bij diefstal op school blijft iedereen waar hij is, totdat er naar het gestolen voorwerp is gezocht.',
  },
  {
    id: 'rea-diefstal-een-kans',
    phase: 'reageren', kind: 'actie', source: 'leidraad-bijlage', themes: ['diefstal'],
    text: 'Andere aanpak bij diefstal: iedereen mag bij de directeur langs en krijgt één kans om het gestolen voorwerp zonder gevolgen in te leveren.',
  },
  {
    id: 'rea-geweld-bellen',
    phase: 'reageren', kind: 'actie', source: 'leidraad-bijlage', themes: ['fysiek-geweld', 'psychisch-geweld'],
    text: 'Bij fysiek geweld of heftig verbaal geweld door iemand die bij de school hoort, neemt de school contact op met de politiecontactpersoon.',
  },
  {
    id: 'rea-wapen-drugs-afgeven',
    phase: 'reageren', kind: 'actie', source: 'leidraad-bijlage', themes: ['wapens', 'alcohol-drugs'],
    text: 'Weet of vermoedt de school dat iemand op het terrein een wapen of drugs heeft, dan vraagt ze de bezitter om het af te geven en schakelt daarna de politie in. De ouders van de leerling worden ingelicht.',
  },
  {
    id: 'rea-onder-invloed',
    phase: 'reageren', kind: 'actie', source: 'leidraad-bijlage', themes: ['alcohol-drugs'],
    text: 'Een leerling onder invloed van alcohol of drugs gaat uit de les en de ouders worden ingelicht.',
  },
  {
    id: 'rea-jeugdagent-sanctie',
    phase: 'reageren', kind: 'afspraak', source: 'dijk-en-waard', themes: ['wapens', 'alcohol-drugs'],
    text: 'Vindt de school drugs, vuurwerk of een wapen, dan volgt naast een sanctie van de school altijd een melding aan de jeugdagent.',
  },
  {
    id: 'rea-snelle-interventie',
    phase: 'reageren', kind: 'afspraak', source: 'west-friesland',
    text: 'Meldt de school crimineel gedrag, dan geeft de politie voorrang aan een snelle interventie en laat zij de school waar mogelijk weten hoe het is afgelopen.',
  },
  {
    id: 'med-proactief',
    phase: 'media', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'Bij grotere incidenten wachten politie en school niet op vragen van de pers, maar komen zelf met een verklaring. De communicatieafdeling van de school en de persvoorlichting van de politie stemmen die af.',
  },
  {
    id: 'med-een-woordvoerder',
    phase: 'media', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'Alle perscontact loopt via één persoon. Personeel, leerlingen en ouders weten dat en verwijzen journalisten naar hem of haar door.',
  },
  {
    id: 'med-persbericht',
    phase: 'media', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'Politie en school brengen samen een persbericht over het incident uit.',
  },
  {
    id: 'med-persconferentie',
    phase: 'media', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'Is er veel belangstelling, dan kondigen politie en school een persconferentie aan met tijd en plaats.',
  },
  {
    id: 'med-mediabeleid',
    phase: 'media', kind: 'actie', source: 'west-friesland',
    text: 'We stellen samen een mediabeleid op voor de omgang met de pers bij ernstige incidenten.',
  },
  {
    id: 'med-communicatiemedewerkers',
    phase: 'media', kind: 'afspraak', source: 'almere',
    text: 'Berichten naar buiten over strafbare feiten stemmen de communicatiemedewerkers van school, politie en gemeente vooraf op elkaar af.',
  },
  {
    id: 'pro-check',
    phase: 'protocol', kind: 'afspraak', source: 'leidraad',
    text: 'Bij een incident pakken we de bestaande protocollen erbij en houden ons eraan.',
  },
  {
    id: 'pro-per-thema',
    phase: 'protocol', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'Voor elk veiligheidsthema, zoals pesten, geweld, seksueel grensoverschrijdend gedrag, discriminatie, wapens, drugs, vandalisme, diefstal en inbraak, is vastgelegd hoe we handelen bij een incident.',
  },
  {
    id: 'pro-digipesten',
    phase: 'protocol', kind: 'afspraak', source: 'west-friesland', themes: ['pesten', 'cyberpesten'],
    text: 'De school heeft een protocol tegen pesten en digitaal pesten en maakt het bekend bij leerlingen en ouders.',
  },
  {
    id: 'pro-extreme-uitingen',
    phase: 'protocol', kind: 'afspraak', source: 'west-friesland', themes: ['discriminatie', 'psychisch-geweld'],
    text: 'Er is een protocol voor hoe de school omgaat met extreme uitingen van leerlingen en personeel.',
  },
  {
    id: 'pro-handelingsprotocol',
    phase: 'protocol', kind: 'afspraak', source: 'west-friesland',
    text: 'De school voert het handelingsprotocol in en zorgt dat alle medewerkers het kennen en ernaar handelen; de politie zorgt dat haar teams in de wijk het ook kennen.',
  },
  {
    id: 'pro-samen-opstellen',
    phase: 'protocol', kind: 'afspraak', source: 'nji',
    text: 'Protocollen en afspraken stellen we op samen met Halt, politie, leerplicht en GGD.',
  },
  {
    id: 'pro-ernstige-gebeurtenissen',
    phase: 'protocol', kind: 'afspraak', source: 'nji',
    text: 'Voor ernstige gebeurtenissen ligt vast wie welke rol heeft, hoe we overleggen en hoe we met de media omgaan. Na elke keer dat we het gebruiken, verwerken we de ervaringen.',
  },
  {
    id: 'pro-veiligheidsplan',
    phase: 'protocol', kind: 'afspraak', source: 'almere',
    text: 'De afspraken over veiligheid staan in het wettelijk verplichte veiligheidsplan van de school.',
  },
];
