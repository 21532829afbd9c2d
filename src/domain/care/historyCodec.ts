import type { FieldId, FieldValue } from './fieldIds.ts';
import type { Hunk } from './textHunks.ts';

/**
 * A version as the history code reads it: whole, or (texts) as an edit script from the version
 * `base` that the same client stored before, so a stretch of typing costs what was typed in it.
 * The id is `<client that stored it>:<history length when it did>`.
 */
export interface StoredVersion {
  kind: 'field';
  id: string;
  field: FieldId;
  client: number;
  at: number;
  value?: FieldValue;
  /** `chars`: a character edit script; `hunks`: the word-token script earlier versions of the app stored. */
  delta?: { base: string; depth: number; chars?: Hunk[]; hunks?: Hunk[] };
}

/**
 * How a version is written now: the same content under one-letter keys, with the id and base as
 * numbers (a history of a long meeting holds hundreds of versions, and each key name is stored in
 * each one). `p` (the client that stored it) only when that is not the author.
 */
export interface CompactVersion {
  kind: 'v';
  /** field */
  f: FieldId;
  /** author's client id */
  c: number;
  /** when (ms since epoch) */
  t: number;
  /** history length when stored */
  n: number;
  p?: number;
  /** whole value */
  v?: FieldValue;
  /** base (its `n`), depth and character script of a delta */
  b?: number;
  d?: number;
  h?: Hunk[];
}

interface VersionHead {
  field: FieldId;
  client: number;
  at: number;
}

export function compactVersion(pusher: number, seq: number, head: VersionHead, content: { value: FieldValue } | { base: number; depth: number; chars: Hunk[] }): CompactVersion {
  const entry: CompactVersion = { kind: 'v', f: head.field, c: head.client, t: head.at, n: seq };
  if (pusher !== head.client) entry.p = pusher;
  if ('value' in content) entry.v = content.value;
  else Object.assign(entry, { b: content.base, d: content.depth, h: content.chars });
  return entry;
}

export function expandVersion(entry: CompactVersion): StoredVersion {
  const pusher = entry.p ?? entry.c;
  const version: StoredVersion = { kind: 'field', id: `${pusher}:${entry.n}`, field: entry.f, client: entry.c, at: entry.t };
  if (entry.h !== undefined && entry.b !== undefined) version.delta = { base: `${pusher}:${entry.b}`, depth: entry.d ?? 1, chars: entry.h };
  else version.value = entry.v ?? null;
  return version;
}

/** The history length part of an id written by `pusher`, or undefined for another client's id. */
export function seqOf(id: string, pusher: number): number | undefined {
  const prefix = `${pusher}:`;
  return id.startsWith(prefix) ? Number(id.slice(prefix.length)) : undefined;
}
