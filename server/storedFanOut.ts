/**
 * Who gets which ids after a commit (docs/sync-protocol.md, "Durable confirmation"): the tablet
 * that sent an update waits for its entries, so it gets them; the other connections of the room
 * wait for nobody else's plain entries. An update that deletes entries (a compaction) may have
 * absorbed another tablet's unconfirmed entry, whose content now lives in the update's new
 * entries: those ids go to every connection. One message per connection per commit.
 */
export interface CommittedUpdate {
  /** The Hocuspocus connection it came from (the transaction origin). */
  from: unknown;
  ids: readonly string[];
  deletes: boolean;
}

export function storedFanOut<C>(connections: Iterable<C>, committed: readonly CommittedUpdate[]): Map<C, string[]> {
  const forEveryone: string[] = [];
  const bySender = new Map<unknown, string[]>();
  for (const update of committed) {
    if (update.ids.length === 0) continue;
    if (update.deletes) {
      forEveryone.push(...update.ids);
      continue;
    }
    const own = bySender.get(update.from);
    if (own) own.push(...update.ids);
    else bySender.set(update.from, [...update.ids]);
  }
  const messages = new Map<C, string[]>();
  for (const connection of connections) {
    const own = bySender.get(connection);
    const ids = own ? (forEveryone.length > 0 ? [...own, ...forEveryone] : own) : forEveryone;
    if (ids.length > 0) messages.set(connection, ids);
  }
  return messages;
}
