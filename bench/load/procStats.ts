/** What one process has cost so far, read from /proc (Linux): CPU, bytes written to disk, memory. */
import { readFileSync } from 'node:fs';

/** USER_HZ: /proc/<pid>/stat counts CPU time in ticks of 1/100 s on Linux. */
const TICK_MS = 10;

/** utime + stime of the process itself (fields 14 and 15 of /proc/<pid>/stat). */
export function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/** write_bytes: what reached the storage layer (not page-cache writes that were dropped again). */
export const writeBytesOf = (pid: number): number => Number(/write_bytes: (\d+)/.exec(readFileSync(`/proc/${pid}/io`, 'utf8'))?.[1] ?? NaN);

export const rssBytesOf = (pid: number): number => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) * 1024;

/** Samples RSS every second and keeps the highest, for the processes given. */
export function watchPeakRss(pids: readonly number[]): { peak: () => number; stop: () => void } {
  let peak = 0;
  const read = () => {
    for (const pid of pids) {
      try {
        peak = Math.max(peak, rssBytesOf(pid));
      } catch {
        // gone already
      }
    }
  };
  read();
  const timer = setInterval(read, 1000);
  return { peak: () => peak, stop: () => clearInterval(timer) };
}
