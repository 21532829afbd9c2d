import type { Role } from '../sync/index.ts';
import { readSetting, writeSetting } from '../storage/settings.ts';

/** Which side this tablet is on; asked once, remembered on the tablet. */
const KEY = 'role';

export async function readRole(): Promise<Role | undefined> {
  const role = await readSetting<string>(KEY);
  return role === 'school' || role === 'politie' ? role : undefined;
}

export function saveRole(role: Role): Promise<void> {
  return writeSetting(KEY, role);
}
