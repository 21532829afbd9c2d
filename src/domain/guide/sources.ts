/** Sources to consult when taking stock of the themes (section 3.1, "Mogelijke bronnen"). */
export const SOURCES: readonly string[] = [
  'Incidentenregistratie van de school, van de politie en eventueel van de gemeente',
  'Agenda en verslagen van ouderavonden en bestuursvergaderingen',
  'Berichten in de media: (lokale) krant, schoolkrant en social media',
  'Jaarrapportage van de vertrouwenspersoon en de Zorg Adviesteams',
  'De veiligheidsmonitor of monitor veiligheidsbeleving van de school',
];

/** Ways to decide which themes matter most (section 3.2). */
export const PRIORITY_CRITERIA: readonly string[] = [
  'de meeste incidenten in het afgelopen jaar',
  'de meeste onrust, onveiligheidsgevoel en vragen van leerlingen, ouders, personeel en omgeving',
  'aandacht in de lokale en landelijke politiek en media',
  'de grootste kostenpost voor de school (diefstal, vandalisme)',
];
