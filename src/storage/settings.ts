import { appDatabase } from './db.ts';

export async function readSetting<T>(key: string): Promise<T | undefined> {
  const row = await appDatabase().settings.get(key);
  return row?.value as T | undefined;
}

export async function writeSetting(key: string, value: unknown): Promise<void> {
  await appDatabase().settings.put({ key, value });
}
