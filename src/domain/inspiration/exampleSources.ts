/** Where an example comes from. The guide's chapter boxes and its Bijlage 1 are kept apart; 'app' marks our own. */
export const SOURCE_IDS = ['leidraad', 'leidraad-bijlage', 'west-friesland', 'almere', 'dijk-en-waard', 'nji', 'app'] as const;

export type SourceId = (typeof SOURCE_IDS)[number];

/** Dutch display names, shown in small print under each example and searchable. */
export const SOURCE_NAMES: Readonly<Record<SourceId, string>> = {
  leidraad: 'Leidraad Samen voor een veilige school',
  'leidraad-bijlage': 'Leidraad, bijlage 1',
  'west-friesland': 'Convenant Veilige School West-Friesland',
  almere: 'Convenant Veiligheid op scholen Almere',
  'dijk-en-waard': 'Samenwerking veilige school Dijk en Waard',
  nji: 'NJi, Veiligheid in verbinding',
  // Where neither the guide nor a covenant says it: the app's own suggestion, and labelled so.
  app: 'Suggestie van de app (niet uit de leidraad)',
};

export function isSourceId(value: string): value is SourceId {
  return (SOURCE_IDS as readonly string[]).includes(value);
}
