/**
 * Test helper: SQL for every live log row of a SQLite store, folded (`room_log`) or still in the
 * append tail (`room_tail`, less the rows a compaction made dead: `room_tail_compacted`).
 */
export const STORED_ROWS = `(SELECT room, seq, "update" FROM room_log UNION ALL
  SELECT t.room, t.seq, t."update" FROM room_tail t LEFT JOIN room_tail_compacted c ON c.room = t.room WHERE c.seq IS NULL OR t.seq > c.seq)`;
