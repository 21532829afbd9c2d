/**
 * What the guide says before the form starts (its opening pages and chapter 2), in the app's own
 * words; the central question is the guide's own.
 */
export const GESPREKSPARTNERS: readonly { role: string; who: string }[] = [
  { role: 'Schoolcontactpersoon', who: 'de veiligheidscoördinator van de school, of wie een vergelijkbare taak heeft' },
  {
    role: 'Politiecontactpersoon',
    who: 'de wijkagent van de wijk waar de school staat, of de ‘contactpersoon scholen’ die binnen de politie meerdere scholen bedient',
  },
];

export const DOEL_VAN_HET_GESPREK =
  'Samen nagaan hoe school en politie de veiligheid in en om de school op peil houden of beter maken, en daar afspraken over maken. Die afspraken komen naast wat er al is afgesproken, bijvoorbeeld in een convenant schoolveiligheid of met de onderwijsinspectie; ze vervangen dat niet.';

/** The question every conversation turns on, whatever the pair's history (chapter 2). */
export const CENTRAL_QUESTION =
  'Hoe kunnen de school en de politie samen de veiligheid van leerlingen en personeel (op school en in de omgeving) verbeteren?';

/** Chapter 2's advice for a first meeting ("Wacht niet af…"), shown when they meet for the first time. */
export const FIRST_MEETING_ADVICE =
  'Nog niet kennisgemaakt? Wacht daar niet mee: spreek snel een eerste ontmoeting af. Wie de eerste stap zet, maakt niet uit. Geef elkaar meteen uw telefoonnummer en e-mailadres.';
