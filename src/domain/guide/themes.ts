/** The safety themes of section 3.1, in the guide's order. */
export interface Theme {
  id: string;
  name: string;
  /** The guide's gloss, where it gives one. */
  examples?: string;
}

export const THEMES: readonly Theme[] = [
  { id: 'pesten', name: 'Pesten' },
  {
    id: 'cyberpesten',
    name: 'Cyberpesten',
    examples: 'kwetsende teksten, valse berichten of (seksueel getinte) foto’s en filmpjes verspreiden of daarmee dreigen',
  },
  { id: 'fysiek-geweld', name: 'Fysiek geweld', examples: 'vechten, slaan, schoppen' },
  {
    id: 'psychisch-geweld',
    name: 'Psychisch geweld',
    examples: 'bedreigen, schelden, intimideren, verbaal geweld, smaad, laster',
  },
  { id: 'seksueel-grensoverschrijdend', name: 'Seksueel grensoverschrijdend gedrag' },
  { id: 'wapens', name: 'Wapenbezit en -gebruik' },
  { id: 'discriminatie', name: 'Discriminatie' },
  { id: 'diefstal', name: 'Diefstal', examples: 'van bezittingen van leerlingen, personeel of de school' },
  { id: 'inbraak', name: 'Inbraak', examples: 'in de school' },
  { id: 'vernieling', name: 'Vernieling' },
  { id: 'alcohol-drugs', name: 'Alcohol en drugs', examples: 'op school' },
  { id: 'fraude', name: 'Fraude' },
];

export function themeById(id: string): Theme | undefined {
  return THEMES.find((t) => t.id === id);
}
