/**
 * One P8 run: a fresh target, the generator (N rooms) and the probe (5 rooms) in processes of
 * their own, both seeded, then DURATION_S of 1 update per tablet per second. CPU, disk and memory
 * come from /proc of each process, counted from "go" until everything sent has arrived.
 */
import { cpuMsOf, watchPeakRss } from './procStats.ts';
import { startTarget, type TargetName } from './targets.ts';
import { startWorker, type WorkerResult } from './workerProcess.ts';

export const PROBE_ROOMS = 5;

export interface P8Figures {
  target: TargetName;
  rooms: number;
  probe: WorkerResult;
  generator: WorkerResult;
  /** Server CPU (all instances) per update sent (generator + probe). */
  serverCpuMsPerUpdate: number;
  /** Bytes written to disk per byte of update sent. */
  diskPerByte: number;
  undelivered: number;
  /** Highest RSS of any one server instance, sampled each second during the run. */
  peakRssBytes: number;
  /** CPU of the load processes per second of run, kept apart: they share the cores with the server. */
  generatorCpuMsPerS: number;
  probeCpuMsPerS: number;
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runP8(target: TargetName, rooms: number, durationS: number): Promise<P8Figures> {
  const running = await startTarget(target);
  const base = { MODE: running.mode, URLS: running.urls.join(','), DURATION_S: String(durationS) };
  const generator = startWorker({ ...base, ROOMS: String(rooms) });
  const probe = startWorker({ ...base, ROOMS: String(PROBE_ROOMS), OPEN: '1' });
  try {
    await Promise.all([generator.seeded, probe.seeded]);
    await settle(3000); // seeding's own writes (and the stock's debounced stores) settle first
    const rss = watchPeakRss(running.serverPids);
    const serverCpu = () => running.serverPids.reduce((sum, pid) => sum + cpuMsOf(pid), 0);
    const before = { server: serverCpu(), disk: await running.diskBytes(), at: performance.now() };
    generator.go();
    probe.go();
    const [generated, probed] = await Promise.all([generator.result, probe.result]);
    const seconds = (performance.now() - before.at) / 1000;
    await settle(3000); // what the load left to store (debounce, group commit, checkpoint)
    const after = { server: serverCpu(), disk: await running.diskBytes() };
    rss.stop();
    const updates = generated.sent + probed.sent;
    return {
      target,
      rooms,
      probe: probed,
      generator: generated,
      serverCpuMsPerUpdate: (after.server - before.server) / updates,
      diskPerByte: (after.disk - before.disk) / (generated.sentBytes + probed.sentBytes),
      undelivered: updates - generated.delivered - probed.delivered,
      peakRssBytes: rss.peak(),
      generatorCpuMsPerS: generated.cpuMs / seconds,
      probeCpuMsPerS: probed.cpuMs / seconds,
    };
  } finally {
    await Promise.all([generator.stop(), probe.stop()]);
    await running.stop();
  }
}
