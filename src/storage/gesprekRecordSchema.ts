import * as v from 'valibot';
import { OUTCOMES, type RouteId } from '../domain/flowchart/navigate.ts';
import { isGesprekId } from '../domain/ids/gesprekId.ts';
import { isRoomKeyText } from '../protocol/index.ts';

/**
 * One row per gesprek on this tablet; the words themselves live in the gesprek's Y.Doc. The
 * schema is the type (`GesprekRecord` is inferred from it), so a field added here is also
 * checked and kept when a backup is restored.
 */

const time = v.pipe(v.number(), v.finite(), v.minValue(0));
const roomKey = v.custom<string>(isRoomKeyText, 'not a room key');
const routeId = v.custom<RouteId>((value) => typeof value === 'string' && Object.hasOwn(OUTCOMES, value), 'not a route');

export const gesprekRecordSchema = v.object({
  id: v.pipe(v.string(), v.check(isGesprekId)),
  schoolName: v.string(),
  /** Date of the conversation, yyyy-mm-dd. */
  date: v.string(),
  route: v.exactOptional(routeId),
  routeLabel: v.exactOptional(v.string()),
  createdAt: time,
  updatedAt: time,
  /** The room key (base64url) so this tablet can reconnect; set once the gesprek is shared or joined. */
  roomKey: v.exactOptional(roomKey),
  /**
   * 2 once this gesprek syncs only in the room bound to its key. Missing on a gesprek shared
   * before that: its legacy room (named by the gesprek id) is read once, then this is set.
   */
  roomVersion: v.exactOptional(v.literal(2)),
  /**
   * Other keys this gesprek has had (from a restored backup whose key differed from this
   * tablet's): never used silently in place of `roomKey`, kept to try when the server refuses it.
   */
  alternativeRoomKeys: v.exactOptional(v.pipe(v.array(roomKey), v.maxLength(16))),
  lastSyncedAt: v.exactOptional(time),
  /** Changes the server had not confirmed yet, so "N wijzigingen wachten" survives a restart. */
  unsentChanges: v.exactOptional(v.pipe(v.number(), v.safeInteger(), v.minValue(0))),
  /** True until the creating tablet has written the new document's meta (never on a joining tablet). */
  needsInit: v.exactOptional(v.boolean()),
  /** Derived from the document: both contact persons agreed ("vastgesteld") or changed it since ("gewijzigd"). */
  vaststelling: v.exactOptional(v.picklist(['vastgesteld', 'gewijzigd'])),
  /** yyyy-mm-dd on which both agreed. */
  vastgesteldOp: v.exactOptional(v.string()),
  /** Derived from the document: the date (yyyy-mm-dd) of the gesprek this one follows on from. */
  previousDate: v.exactOptional(v.string()),
  /**
   * Set on a tablet that added this gesprek from the other tablet's follow-up pointer
   * (docs/cycle.md), until this gesprek is first opened here: home says it is new.
   */
  announcedFollowUp: v.exactOptional(
    v.object({ previousId: v.pipe(v.string(), v.check(isGesprekId)), createdBy: v.exactOptional(v.picklist(['school', 'politie'])) }),
  ),
});

export type GesprekRecord = v.InferOutput<typeof gesprekRecordSchema>;
