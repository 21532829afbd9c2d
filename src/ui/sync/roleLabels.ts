import type { Role } from '../../sync/index.ts';

export const ROLE_LABEL: Readonly<Record<Role, string>> = { school: 'School', politie: 'Politie' };
