/** The machine's 1-minute load average, printed beside each figure: other work shows up in latencies. */
import { loadavg } from 'node:os';

export const loadNow = (): number => loadavg()[0] ?? NaN;
export const withLoad = (text: string): string => `${text} [load ${loadNow().toFixed(1)}]`;
