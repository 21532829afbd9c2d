/** NJi's first signals in and around school that something is going wrong with a pupil (in our words). */
export const FIRST_SIGNALS: readonly string[] = [
  'verzuim',
  'cijfers die snel dalen',
  'geregeld de les uit gestuurd',
  'huiswerk of schoolspullen niet op orde',
  'aanwezig op plekken die verboden zijn',
  'kleine vernielingen',
  'veel bij de kluisjes te vinden',
  'vaak even weg uit de les',
  'docenten die klagen',
  'klachten van medeleerlingen of van de eigen ouders',
  'klachten uit de buurt, van de politie, een sportclub of een instelling',
  'vaker onbekende jongeren rond de school',
  'meer alcohol- of drugsgebruik',
];
