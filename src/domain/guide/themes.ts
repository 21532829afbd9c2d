/** The safety themes of section 3.1, in the guide's order and with its own names. */
export interface Theme {
  id: string;
  name: string;
  /** The guide's gloss, where it gives one. */
  examples?: string;
  /** Not in the guide's list but in one of its boxes (Cyberpesten): said so where it is shown. */
  fromBox?: string;
}

export const THEMES: readonly Theme[] = [
  { id: 'pesten', name: 'Pesten' },
  { id: 'fysiek-geweld', name: 'Fysiek geweld', examples: 'vechten, slaan, schoppen' },
  {
    id: 'psychisch-geweld',
    name: 'Psychisch geweld',
    examples: 'bedreigen, schelden, intimideren, verbaal geweld, smaad, laster',
  },
  { id: 'seksueel-grensoverschrijdend', name: 'Seksueel grensoverschrijdend gedrag' },
  { id: 'wapens', name: 'Wapenbezit en -gebruik' },
  { id: 'discriminatie', name: 'Discriminatie' },
  { id: 'diefstal', name: 'Diefstal van bezittingen van leerlingen, personeel of de school' },
  { id: 'inbraak', name: 'Inbraak in de school' },
  { id: 'vernieling', name: 'Vernieling' },
  { id: 'alcohol-drugs', name: 'Alcohol en drugs op school' },
  { id: 'fraude', name: 'Fraude' },
  {
    id: 'cyberpesten',
    name: 'Cyberpesten',
    examples: 'kwetsende teksten, valse berichten of (seksueel getinte) foto’s en filmpjes verspreiden of daarmee dreigen',
    fromBox: 'Uit het kader ‘Cyberpesten’ van de leidraad',
  },
];

export function themeById(id: string): Theme | undefined {
  return THEMES.find((t) => t.id === id);
}
