#!/usr/bin/env node
// `npm run bench`: builds the app once, runs every bench in bench/ one after another, prints one
// table (each row a median of >= 5 runs, floors measured in the same run) and writes
// bench/results.md with the date and the machine. Benchmarks inform; they never fail on time:
// the exit code is 1 only when a bench crashed.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';

const BENCHES = [
  { file: 'bench/firstScreen.ts', rows: ['P1'] },
  { file: 'bench/pdfChunk.ts', rows: ['P2'] },
  { file: 'bench/offlineReload.ts', rows: ['P3', 'F1'] },
  { file: 'bench/keystroke.ts', rows: ['P4', 'F2'] },
  { file: 'bench/reconnect.ts', rows: ['P5', 'F4'] },
  { file: 'bench/idbCommit.ts', rows: ['P6'] },
  { file: 'bench/pdf.ts', rows: ['P7'] },
  { file: 'bench/firstVisit.ts', rows: ['P9'] },
  { file: 'bench/wireBytes.ts', rows: ['P10'] },
  { file: 'bench/clientCpu.ts', rows: ['P11'] },
  { file: 'bench/history.ts', rows: ['H1'] },
  { file: 'bench/historyReload.ts', rows: ['H2'] },
];
// P9 launches ten cold browsers on a shaped link: on a loaded machine that alone takes minutes.
const TIMEOUT_MS = 600_000;
const only = process.argv.slice(2);
const started = Date.now();

// Each bench runs in a process group of its own (so a timeout can stop its browser too); on
// Ctrl-C or SIGTERM stop the running one, since a detached group does not get the terminal's signal.
let current;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (current?.pid) {
      try {
        process.kill(-current.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    process.exit(130);
  });
}

function machine() {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const cpu = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown CPU';
  const chromium = spawnSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout?.trim() || 'chromium: unknown';
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout?.trim() || 'unknown';
  return {
    nproc: availableParallelism(),
    cpu,
    ram: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    node: process.version,
    chromium,
    commit,
  };
}

/** Runs one bench; its BENCH_ROW lines are collected, everything else is echoed. */
function runBench(file, env) {
  return new Promise((resolvePromise) => {
    const rows = [];
    const lines = [];
    let stderr = '';
    const begin = Date.now();
    const child = spawn('npx', ['tsx', file], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    current = child;
    const timer = setTimeout(() => {
      stderr += `\n(timed out after ${TIMEOUT_MS / 1000} s)`;
      try {
        process.kill(-child.pid, 'SIGKILL'); // its own process group: tsx, node and any browser it started
      } catch {
        // already gone
      }
    }, TIMEOUT_MS);
    let pending = '';
    child.stdout.on('data', (chunk) => {
      pending += chunk.toString();
      const complete = pending.split('\n');
      pending = complete.pop() ?? '';
      for (const line of complete) {
        if (line.startsWith('BENCH_ROW ')) rows.push(JSON.parse(line.slice('BENCH_ROW '.length)));
        else {
          lines.push(line.trim());
          console.log(`  ${line}`);
        }
      }
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk.toString();
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      current = undefined;
      const seconds = ((Date.now() - begin) / 1000).toFixed(1);
      const ok = code === 0;
      const noise = stderr.split('\n').filter((l) => l.trim() && !/chunks are larger|dynamic import\(\)|manualChunks|chunkSizeWarningLimit|^\(!\)/.test(l));
      if (!ok) console.error(noise.join('\n'));
      console.log(`--- ${file}: ${ok ? 'done' : `CRASHED (exit ${code})`} in ${seconds} s`);
      resolvePromise({ ok, rows, lines, seconds, error: ok ? undefined : noise.slice(-8).join('\n') });
    });
  });
}

const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
const verdict = (row) => (row.met === undefined ? '—' : row.met ? 'yes' : 'no');

function table(rows) {
  const lines = ['| row | what | result | floor (same run) | ratio | goal | met | load |', '|---|---|---|---|---|---|---|---|'];
  for (const r of rows) lines.push(`| ${cell(r.id)} | ${cell(r.what)} | ${cell(r.result)} | ${cell(r.floor ?? '—')} | ${cell(r.ratio ?? '—')} | ${cell(r.goal)} | ${verdict(r)} | ${cell(r.load ?? '—')} |`);
  return lines.join('\n');
}

const load = () => loadavg().map((l) => l.toFixed(1)).join(' / ');
const info = machine();
const loadBefore = load();
console.log(`load average (1/5/15 min) ${loadBefore}: other work on the machine shows up in the latencies`);
console.log(`bench on ${info.nproc} × ${info.cpu}, ${info.ram} RAM, node ${info.node}, ${info.chromium}, commit ${info.commit}`);

console.log('\n=== build (vite, production, into bench/.tmp/dist)');
const build = spawnSync('npx', ['tsx', 'bench/build.ts'], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
if (build.status !== 0) {
  console.error(build.stderr);
  console.error('bench build failed');
  process.exit(1);
}
const env = { BENCH_DIST: resolve('bench/.tmp/dist') };

const rows = [];
const crashed = [];
const details = [];
for (const bench of BENCHES) {
  if (only.length && !bench.rows.some((r) => only.includes(r))) continue;
  console.log(`\n=== ${bench.file}`);
  const result = await runBench(bench.file, env);
  rows.push(...result.rows);
  details.push(`### ${bench.file} (${result.seconds} s)`, '', '```', ...result.lines.filter(Boolean), '```', '');
  if (!result.ok) crashed.push({ file: bench.file, error: result.error });
  for (const id of bench.rows) {
    if (!result.rows.some((r) => r.id === id)) {
      rows.push({ id, what: `(${bench.file} crashed)`, result: 'n/a', goal: '', method: `crashed: ${result.error ?? ''}` });
    }
  }
}
// P rows first, then the others by letter; within a letter by number (P3 before P10).
const letterRank = (id) => (id[0] === 'P' ? '' : id[0]);
rows.sort((a, b) => letterRank(a.id).localeCompare(letterRank(b.id)) || Number(a.id.slice(1)) - Number(b.id.slice(1)));

const minutes = ((Date.now() - started) / 60000).toFixed(1);
const rendered = table(rows);
console.log(`\n${rendered}\n`);
console.log(`(${minutes} min; goals are information: benchmarks never fail on time)`);

const date = new Date().toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
const markdown = [
  '# Benchmark results',
  '',
  'Generated by `npm run bench` (scripts/bench-all.mjs). Each timed row is a median (or the stated',
  'percentile) of at least five runs; floors are measured in the same run on the same machine, and',
  '"ratio" is the row\'s figure divided by its floor. Goals are from issues 7, 11 and 16 and are information only.',
  'Each figure carries the 1-minute load average when it was measured (`[load x]`, and the last column).',
  '',
  `- date: ${date}`,
  `- machine: ${info.nproc} CPU (nproc) × ${info.cpu}, ${info.ram} RAM`,
  `- node ${info.node}; ${info.chromium}; commit ${info.commit}`,
  `- load average (1/5/15 min) before ${loadBefore}, after ${load()}: other processes on the machine show up in the tail latencies`,
  `- whole run: ${minutes} min`,
  '',
  rendered,
  '',
  '## How each row is measured',
  '',
  ...rows.map((r) => `- **${r.id}** — ${r.method}`),
  ...(crashed.length ? ['', '## Crashed', '', ...crashed.map((c) => `- ${c.file}: ${cell(c.error)}`)] : []),
  '',
  '## What each bench printed',
  '',
  ...details,
].join('\n');
writeFileSync('bench/results.md', markdown);
console.log('wrote bench/results.md');
process.exit(crashed.length ? 1 : 0);
