/** Section 4.5: existing agreements that new ones may affect. */
export interface ExistingAgreement {
  id: string;
  label: string;
}

export const EXISTING_AGREEMENTS: readonly ExistingAgreement[] = [
  { id: 'convenant', label: 'Het lokale of regionale convenant schoolveiligheid met de gemeente' },
  { id: 'brandweer', label: 'Bestaande afspraken met de brandweer' },
  { id: 'oudercommissie-mr', label: 'Bestaande afspraken met de oudercommissie of de medezeggenschapsraad' },
  { id: 'schoolbestuur', label: 'Bestaande afspraken met het schoolbestuur' },
  { id: 'onderwijsinspectie', label: 'Bestaande afspraken met de onderwijsinspectie' },
  { id: 'schoolveiligheidsplan', label: 'Het huidige schoolveiligheidsplan' },
];
