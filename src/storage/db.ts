import Dexie, { type EntityTable } from 'dexie';
import type { GesprekRecord } from './gesprekRecordSchema.ts';

export type { GesprekRecord } from './gesprekRecordSchema.ts';

export interface SettingRecord {
  key: string;
  value: unknown;
}

export class AppDatabase extends Dexie {
  gesprekken!: EntityTable<GesprekRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(name = 'gesprek-school-politie') {
    super(name);
    this.version(1).stores({
      gesprekken: 'id, updatedAt',
      settings: 'key',
    });
  }
}

let shared: AppDatabase | undefined;

/** The app's one database connection, opened on first use. */
export function appDatabase(): AppDatabase {
  shared ??= new AppDatabase();
  return shared;
}
