import type { Example } from '../example.ts';

/** Looking back on incidents and on the cooperation, and rounding off the meeting (4.4, 4.5, 5, 6). */
export const EVALUATIE_EXAMPLES: readonly Example[] = [
  {
    id: 'eva-driemaandelijks',
    phase: 'evaluatie', kind: 'afspraak', source: 'leidraad',
    text: 'Elke drie maanden overleggen we over de voortgang, los van bezoeken bij incidenten. Dit overleg gaat altijd door.',
  },
  {
    id: 'eva-capaciteit',
    phase: 'evaluatie', kind: 'afspraak', source: 'leidraad',
    text: 'We zorgen in onze eigen organisatie voor genoeg tijd, vervanging en borging, zodat de samenwerking blijft lopen.',
  },
  {
    id: 'eva-veranderingen-melden',
    phase: 'evaluatie', kind: 'afspraak', source: 'leidraad',
    text: 'We laten elkaar veranderingen weten, zoals een nieuw schoolbestuur, personeelswisselingen, afspraken die collega’s niet nakomen en nieuwe veiligheidsproblemen.',
  },
  {
    id: 'eva-monitor',
    phase: 'evaluatie', kind: 'afspraak', source: 'leidraad',
    text: 'Elk jaar meet de school met een veiligheidsmonitor hoe leerlingen en personeel de veiligheid ervaren, eventueel samen met de gemeente.',
  },
  {
    id: 'eva-betrekken',
    phase: 'evaluatie', kind: 'afspraak', source: 'leidraad',
    text: 'Personeel, leerlingen en ouders denken actief mee bij de evaluatie.',
  },
  {
    id: 'eva-na-incident',
    phase: 'evaluatie', kind: 'afspraak', source: 'leidraad',
    text: 'Na een incident bespreken we samen: hielden we ons aan de afspraken, wat ging goed, wat kan beter, en welke afspraak passen we daarom aan?',
  },
  {
    id: 'eva-gevolgen-afspraken',
    phase: 'evaluatie', kind: 'actie', source: 'leidraad',
    text: 'We leggen onze nieuwe afspraken naast het convenant schoolveiligheid, de afspraken met brandweer, medezeggenschapsraad, schoolbestuur en inspectie, en het schoolveiligheidsplan.',
  },
  {
    id: 'eva-niet-nakomen',
    phase: 'evaluatie', kind: 'afspraak', source: 'app',
    text: 'Merkt een van ons dat een afspraak niet wordt nagekomen, dan bespreken we dat meteen en zoeken we samen naar de reden.',
  },
  {
    id: 'eva-nieuwe-top3',
    phase: 'evaluatie', kind: 'afspraak', source: 'app',
    text: 'Eens per jaar kijken we opnieuw naar de veiligheidsthema’s en stellen we een nieuwe top 3 vast.',
  },
  {
    id: 'eva-bijstellen',
    phase: 'evaluatie', kind: 'afspraak', source: 'nji',
    text: 'We evalueren beleid, protocollen, maatregelen en onze werkwijze, met de incidentenregistratie als bron, en stellen ze zo nodig bij.',
  },
  {
    id: 'eva-rustige-tijd',
    phase: 'evaluatie', kind: 'afspraak', source: 'nji',
    text: 'Is het een tijd rustig, dan houden we juist vast aan de afgesproken routines en schuiven we de veiligheid niet naar achteren.',
  },
  {
    id: 'eva-maandelijks',
    phase: 'evaluatie', kind: 'afspraak', source: 'almere',
    text: 'School en politiecontactpersoon overleggen minstens eens per maand laagdrempelig, zo nodig met jongerenwerk of de pedagogisch conciërge erbij.',
  },
  {
    id: 'eva-jaarlijkse-analyse',
    phase: 'evaluatie', kind: 'afspraak', source: 'almere',
    text: 'Minstens eens per jaar analyseren school, gemeente en politie samen de incidenten, trends en ontwikkelingen.',
  },
  {
    id: 'eva-tweejaarlijks',
    phase: 'evaluatie', kind: 'afspraak', source: 'west-friesland',
    text: 'Elke twee jaar evalueren gemeente, scholen, politie, jongerenwerk, OM en Halt samen de afspraken en stellen ze bij.',
  },
  {
    id: 'eva-digitaal-spreekuur',
    phase: 'evaluatie', kind: 'afspraak', source: 'west-friesland',
    text: 'Elke twee maanden is er een digitaal spreekuur waarin scholen en zorg- en veiligheidspartners trends en ontwikkelingen bespreken.',
  },
  {
    id: 'eva-halfjaarlijks',
    phase: 'evaluatie', kind: 'afspraak', source: 'dijk-en-waard',
    text: 'Elk half jaar praten scholen, gemeente, Halt en politie elkaar bij, zo nodig met partners als jongerenwerk of verslavingszorg.',
  },
  {
    id: 'afr-leidinggevenden',
    phase: 'afronden', kind: 'actie', source: 'leidraad',
    text: 'We vertellen onze leidinggevenden over dit gesprek en wat het heeft opgeleverd.',
  },
  {
    id: 'afr-schoolleiding-informeert',
    phase: 'afronden', kind: 'actie', source: 'leidraad',
    text: 'De schoolcontactpersoon vraagt de schoolleiding om personeel, ouders en leerlingen te laten weten welke afspraken met de politie hen aangaan.',
  },
  {
    id: 'afr-partners',
    phase: 'afronden', kind: 'actie', source: 'leidraad',
    text: 'We laten andere partners in schoolveiligheid, zoals gemeente en GGD, weten dat dit gesprek heeft plaatsgevonden en wat we afspraken.',
  },
  {
    id: 'afr-bezoek',
    phase: 'afronden', kind: 'actie', source: 'leidraad',
    text: 'We gaan samen op bezoek bij een school die al veel ervaring heeft met deze samenwerking, voor nieuwe ideeën.',
  },
  {
    id: 'afr-uitzoeken',
    phase: 'afronden', kind: 'actie', source: 'leidraad',
    text: 'We zoeken op wat nog openstaat, en spreken af wie dat doet en wanneer.',
  },
  {
    id: 'afr-volgende-afspraak',
    phase: 'afronden', kind: 'actie', source: 'leidraad',
    text: 'We prikken nu al een datum voor ons volgende gesprek en spreken af wat we dan bespreken.',
  },
  {
    id: 'afr-jaarplanning',
    phase: 'afronden', kind: 'actie', source: 'leidraad',
    text: 'De school neemt de top 3 van veiligheidsthema’s op in haar jaarplanning.',
  },
  {
    id: 'afr-veiligheidsplan',
    phase: 'afronden', kind: 'actie', source: 'app',
    text: 'De school verwerkt de nieuwe afspraken in het schoolveiligheidsplan.',
  },
  {
    id: 'afr-contactlijst',
    phase: 'afronden', kind: 'actie', source: 'nji',
    text: 'We zetten elkaars telefoonnummers, e-mailadressen en werkdagen in een lijst die steeds wordt bijgewerkt.',
  },
  {
    id: 'afr-convenant-ouders',
    phase: 'afronden', kind: 'actie', source: 'almere',
    text: 'De school zorgt dat ouders het convenant over veiligheid op school kunnen inzien.',
  },
];
