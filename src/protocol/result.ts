/**
 * Expected failures are values, not exceptions: callers must look at `ok` before using a result.
 * Lower layers return a `code` only; the words a person reads live with the UI (src/ui/messages/).
 */
export type Result<T, Code extends string = string> = { ok: true; value: T } | { ok: false; error: Problem<Code> };

export interface Problem<Code extends string = string> {
  code: Code;
}

export const success = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export const failure = <Code extends string>(code: Code): { ok: false; error: Problem<Code> } => ({ ok: false, error: { code } });
