/** Test helper: SQL for every log row of a SQLite store, folded (`room_log`) or still in the append tail (`room_tail`). */
export const STORED_ROWS = '(SELECT room, seq, "update" FROM room_log UNION ALL SELECT room, seq, "update" FROM room_tail)';
