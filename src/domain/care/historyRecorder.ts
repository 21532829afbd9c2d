import type * as Y from 'yjs';
import { actieIds, actieTextKey } from '../form/actieFields.ts';
import { ARRAY } from '../form/fieldKeys.ts';
import { ownThemeIds } from '../form/themeFields.ts';
import { editsMap } from './editRecords.ts';
import { readFieldValue, type FieldId, type FieldValue } from './fieldIds.ts';
import { pushRemoved, pushVersion, type RemovedItem } from './history.ts';
import { knownTextFields, knownValueFields } from './knownFields.ts';

/** A version at most once per field per three minutes of typing on this tablet. */
export const VERSION_INTERVAL_MS = 180_000;
/** A version this tablet wrote, replaced by the other tablet: at most once per field per 10 s. */
export const REPLACED_INTERVAL_MS = 10_000;

interface Known {
  value: FieldValue;
  client: number;
  at: number;
}

/**
 * Decides which earlier values go into the history: it remembers each field's current value and
 * author, and before a change it keeps the value being replaced (bounded as documented).
 *
 * What every field holds is read once, before the document's first transaction after the
 * recorder was made (or earlier, through `prepare()`): opening a gesprek does not read every field
 * and every edit record on the way to its first screen. Nothing changes a Y.Doc outside a
 * transaction, so that is what the fields held when the recorder was made.
 */
export class HistoryRecorder {
  private readonly known = new Map<FieldId, Known>();
  private readonly lastPush = new Map<FieldId, number>();
  private lists: Record<RemovedItem['list'], string[]> | undefined;
  /** Work to do in the next tracking transaction. */
  private pending: Array<() => void> = [];
  private readonly beforeFirstChange = () => this.prepare();

  constructor(
    private readonly doc: Y.Doc,
    private readonly isOwnClient: (client: number) => boolean,
    private readonly madeAt: number,
  ) {
    doc.on('beforeTransaction', this.beforeFirstChange);
  }

  /** Reads what every field holds now, if not yet done (at most once). */
  prepare(): Record<RemovedItem['list'], string[]> {
    if (this.lists) return this.lists;
    this.doc.off('beforeTransaction', this.beforeFirstChange);
    const lastEditor = latestEditors(this.doc);
    for (const field of [...knownTextFields(this.doc), ...knownValueFields(this.doc)]) {
      const editor = lastEditor.get(field);
      this.known.set(field, { value: readFieldValue(this.doc, field), client: editor?.client ?? 0, at: editor?.at ?? this.madeAt });
    }
    this.lists = { actions: actieIds(this.doc), ownThemes: ownThemeIds(this.doc) };
    return this.lists;
  }

  destroy(): void {
    this.doc.off('beforeTransaction', this.beforeFirstChange);
  }

  /** A field changed; `author` wrote the new value. */
  noteChange(field: FieldId, author: number, local: boolean, now: number): void {
    this.prepare();
    const before = this.known.get(field);
    const value = readFieldValue(this.doc, field);
    this.known.set(field, { value, client: author, at: now });
    if (!before || before.value === value) return;
    const interval = local ? VERSION_INTERVAL_MS : REPLACED_INTERVAL_MS;
    if (!local && !this.isOwnClient(before.client)) return;
    const last = this.lastPush.get(field);
    if (last !== undefined && now - last < interval) return;
    this.lastPush.set(field, now);
    this.pending.push(() => pushVersion(this.doc, { field, value: before.value, client: before.client, at: before.at }));
  }

  /** Lists changed: every id this tablet removed is kept as restorable. */
  noteLists(changed: ReadonlySet<string>, local: boolean, now: number): void {
    const lists = this.prepare();
    for (const list of ['actions', 'ownThemes'] as const) {
      if (!changed.has(ARRAY[list])) continue;
      const ids = list === 'actions' ? actieIds(this.doc) : ownThemeIds(this.doc);
      const removed = local ? lists[list].filter((id) => !ids.includes(id)) : [];
      lists[list] = ids;
      for (const id of removed) {
        const label = labelOf(this.doc, list, id);
        this.pending.push(() => pushRemoved(this.doc, { list, id, label, client: this.doc.clientID, at: now }));
      }
    }
  }

  hasPending(): boolean {
    return this.pending.length > 0;
  }

  /** Appends what was decided; call inside a transaction. */
  write(): void {
    const work = this.pending;
    this.pending = [];
    for (const step of work) step();
  }
}

function labelOf(doc: Y.Doc, list: RemovedItem['list'], id: string): string {
  if (list === 'ownThemes') return doc.getText(`ownTheme.${id}.name`).toString().trim() || 'Ander thema (naamloos)';
  const actie = doc.getText(actieTextKey(id, 'actie')).toString().trim();
  const doorWie = doc.getText(actieTextKey(id, 'doorWie')).toString().trim();
  return [actie || 'Actie zonder tekst', doorWie].filter(Boolean).join(' — ');
}

function latestEditors(doc: Y.Doc): Map<FieldId, { client: number; at: number }> {
  const latest = new Map<FieldId, { client: number; at: number }>();
  editsMap(doc).forEach((r) => {
    const known = latest.get(r.field);
    if (!known || r.at > known.at) latest.set(r.field, { client: r.client, at: r.at });
  });
  return latest;
}
