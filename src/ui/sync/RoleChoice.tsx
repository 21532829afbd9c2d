import type { Role } from '../../sync/index.ts';
import { RadioGroup } from '../chapters/RadioGroup.tsx';
import { ROLE_LABEL } from './roleLabels.ts';

const OPTIONS = (['school', 'politie'] as const).map((value) => ({ value, label: ROLE_LABEL[value] }));

/** Asked once per tablet, so the other person sees who is typing where. */
export function RoleChoice({ role, onChange }: { role: Role | undefined; onChange(role: Role): void }) {
  return <RadioGroup legend="Deze tablet is van" options={OPTIONS} value={role} onChange={onChange} />;
}
