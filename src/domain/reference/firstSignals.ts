/** NJi's first signals in and around school that something is going wrong with a pupil. */
export const FIRST_SIGNALS: readonly string[] = [
  'verzuim',
  'cijfers die hard achteruitgaan',
  'vaak uit de klas gestuurd worden',
  'huiswerk niet af',
  'spullen niet bij zich',
  'rondhangen op plekken waar dat niet mag',
  'kleine vernielingen',
  'opvallend vaak bij de kluisjes',
  'vaak even de klas uit',
  'klachten van docenten',
  'klachten van leerlingen en van de eigen ouders',
  'klachten van buiten de school: buurtbewoners, politie, sportclubs, instellingen',
  'regelmatig onbekende jongeren rond de school',
  '(meer) gebruik van alcohol of drugs',
];
