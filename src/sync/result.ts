/** Expected failures are values, not exceptions: callers must look at `ok` before using a result. */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/** A failure the UI can show as is: `message` is short Dutch and says what to do next. */
export interface SyncProblem<Code extends string> {
  code: Code;
  message: string;
}

export const success = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export const failure = <Code extends string>(code: Code, message: string): { ok: false; error: SyncProblem<Code> } => ({
  ok: false,
  error: { code, message },
});
