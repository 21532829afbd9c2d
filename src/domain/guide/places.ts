/** Where a theme can play out (section 3.1, "Waar kan dit zich afspelen?"). */
export interface Place {
  id: string;
  label: string;
}

export const PLACES: readonly Place[] = [
  { id: 'school', label: 'Binnen de school of op het schoolplein' },
  { id: 'omgeving', label: 'In de directe omgeving van de school, onderweg van en naar school' },
  { id: 'thuis-straat', label: 'Thuis en op straat, met gevolgen voor de veiligheid op school' },
  { id: 'online', label: 'Op internet en social media' },
];
