/**
 * How a bench hands its figures to scripts/bench-all.mjs: one `BENCH_ROW {json}` line per table
 * row on stdout. Everything else a bench prints is for people.
 */
import { loadavg } from 'node:os';

export interface BenchRow {
  /** P1 … P7, or F1 … for floors. */
  id: string;
  what: string;
  /** The measured figure(s), formatted, e.g. "p50 3.1 ms · p95 4.0 ms". */
  result: string;
  /** Same-run floor, formatted, when the row has one. */
  floor?: string;
  /** Result ÷ floor, formatted ("2.1×"). */
  ratio?: string;
  goal: string;
  /** Whether the goal is met; undefined when it cannot be judged. */
  met?: boolean;
  /** How it was measured, in one line (goes under the table). */
  method: string;
  /** 1-minute load average when the row was measured (filled in by emitRow). */
  load?: string;
}

export function emitRow(row: BenchRow): void {
  console.log(`BENCH_ROW ${JSON.stringify({ ...row, load: row.load ?? loadavg()[0]?.toFixed(1) })}`);
}

export const ratio = (value: number, floor: number): string => (floor > 0 && Number.isFinite(value) ? `${(value / floor).toFixed(1)}×` : 'n/a');
