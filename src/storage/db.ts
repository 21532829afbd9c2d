import Dexie, { type EntityTable } from 'dexie';
import type { RouteId } from '../domain/flowchart/navigate.ts';

/** One row per gesprek on this tablet; the words themselves live in the gesprek's Y.Doc. */
export interface GesprekRecord {
  id: string;
  schoolName: string;
  /** Date of the conversation, yyyy-mm-dd. */
  date: string;
  route?: RouteId;
  routeLabel?: string;
  createdAt: number;
  updatedAt: number;
  /** The room key (base64url) so this tablet can reconnect; set once the gesprek is shared or joined. */
  roomKey?: string;
  /**
   * 2 once this gesprek syncs only in the room bound to its key. Missing on a gesprek shared
   * before that: its legacy room (named by the gesprek id) is read once, then this is set.
   */
  roomVersion?: 2;
  /**
   * Other keys this gesprek has had (from a restored backup whose key differed from this
   * tablet's): never used silently in place of `roomKey`, kept to try when the server refuses it.
   */
  alternativeRoomKeys?: string[];
  lastSyncedAt?: number;
  /** Changes the server had not confirmed yet, so "N wijzigingen wachten" survives a restart. */
  unsentChanges?: number;
  /** True until the creating tablet has written the new document's meta (never on a joining tablet). */
  needsInit?: boolean;
  /** Derived from the document: both contact persons agreed ("vastgesteld") or changed it since ("gewijzigd"). */
  vaststelling?: 'vastgesteld' | 'gewijzigd';
  /** yyyy-mm-dd on which both agreed. */
  vastgesteldOp?: string;
  /** Derived from the document: the date (yyyy-mm-dd) of the gesprek this one follows on from. */
  previousDate?: string;
  /**
   * Set on a tablet that added this gesprek from the other tablet's follow-up pointer
   * (docs/cycle.md), until this gesprek is first opened here: home says it is new.
   */
  announcedFollowUp?: { previousId: string; createdBy?: 'school' | 'politie' };
}

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
