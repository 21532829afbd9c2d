/** P8's printed line and its Markdown report. */
import type { P8Figures } from './runP8.ts';
import type { TargetName } from './targets.ts';

export const LABEL: Record<TargetName, string> = {
  ours: 'ours',
  stock: 'stock Hocuspocus',
  'ours×2': 'ours on 2 instances (Redis + PostgreSQL)',
};

const MiB = 1024 * 1024;
const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

export const figures = (f: P8Figures): string =>
  `probe p99 ${fixed(f.probe.latency.p99, 1)} ms, server CPU ${fixed(f.serverCpuMsPerUpdate, 3)} ms/update, ` +
  `disk ${fixed(f.diskPerByte, 2)} B/B, undelivered ${f.undelivered}, RSS ${fixed(f.peakRssBytes / MiB, 0)} MiB`;

const cpuRatio = (runs: readonly P8Figures[], name: TargetName): string => {
  const stock = runs.find((r) => r.target === 'stock');
  const run = runs.find((r) => r.target === name);
  return stock && run ? `${fixed(run.serverCpuMsPerUpdate / stock.serverCpuMsPerUpdate, 2)}×` : 'n/a';
};

/** The one line per N that `npm run bench:load` prints. */
export function p8Line(rooms: number, runs: readonly P8Figures[], load: string): string {
  const groups = runs.map((r) => `${LABEL[r.target]}: ${figures(r)}`);
  const ratios = runs.filter((r) => r.target !== 'stock').map((r) => `${LABEL[r.target]} ${cpuRatio(runs, r.target)}`);
  const load_ = runs.map((r) => `${LABEL[r.target]} ${fixed(r.generatorCpuMsPerS, 0)} + probe ${fixed(r.probeCpuMsPerS, 0)}`);
  return `P8 N=${rooms} | ${groups.join(' | ')} | server CPU vs stock: ${ratios.join(', ') || 'n/a'} | load processes' CPU (ms/s): ${load_.join(', ')} [load ${load}]`;
}

const verdict = (ok: boolean | undefined) => (ok === undefined ? '—' : ok ? 'yes' : 'no');

/** One table row per run, with the goals of issue 12 judged where they apply. */
export function markdownRow(run: P8Figures, runs: readonly P8Figures[], load: string): string {
  const stock = runs.find((r) => r.target === 'stock');
  const cpuOk = run.target === 'stock' || !stock ? undefined : run.serverCpuMsPerUpdate <= 1.2 * stock.serverCpuMsPerUpdate;
  const p99Ok = run.rooms === 250 ? run.probe.latency.p99 <= 50 : undefined;
  const cells = [
    `N=${run.rooms}`,
    LABEL[run.target],
    `${fixed(run.probe.latency.p50, 1)} / ${fixed(run.probe.latency.p99, 1)} ms (${verdict(p99Ok)})`,
    `${fixed(run.serverCpuMsPerUpdate, 3)} (${run.target === 'stock' ? 'floor' : `${cpuRatio(runs, run.target)}, ${verdict(cpuOk)}`})`,
    `${fixed(run.diskPerByte, 2)} (${verdict(run.target === 'stock' ? undefined : run.diskPerByte <= 10)})`,
    `${run.undelivered} of ${run.generator.sent + run.probe.sent} (${verdict(run.undelivered === 0)})`,
    `${fixed(run.peakRssBytes / MiB, 0)} MiB (${verdict(run.peakRssBytes <= 300 * MiB)})`,
    `${fixed(run.generatorCpuMsPerS, 0)} + ${fixed(run.probeCpuMsPerS, 0)}`,
    load,
  ];
  return `| ${cells.join(' | ')} |`;
}

export const MARKDOWN_HEADER = [
  '| N | server | probe p50 / p99 (goal p99 ≤ 50 ms at N=250) | server CPU ms/update (goal ≤ 1.2× stock) | disk B/B (goal ≤ 10) | undelivered (goal 0) | peak RSS per instance (goal ≤ 300 MiB) | generator + probe CPU ms/s | load |',
  '|---|---|---|---|---|---|---|---|---|',
];
