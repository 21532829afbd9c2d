/** The reference panels' names, apart from their text, so a button can name a panel without loading it. */
export type ReferenceTopic = 'hoe-erg' | 'wetgeving' | 'privacy' | 'calamiteiten' | 'cyberpesten' | 'bronnen';

export const REFERENCE_TITLES: Readonly<Record<ReferenceTopic, string>> = {
  'hoe-erg': 'Hoe erg is het?',
  wetgeving: 'Landelijke afspraken en wetgeving',
  privacy: 'Informatie-uitwisseling en privacy',
  calamiteiten: 'Calamiteiten',
  cyberpesten: 'Cyberpesten',
  bronnen: 'Bronnen en naslagwerk',
};
