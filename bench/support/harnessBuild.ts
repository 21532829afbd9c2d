/** Bundles bench/harness/harness.ts (real src/ modules) with esbuild into a folder the real server can serve. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { BENCH_TMP, REPO_ROOT } from './paths.ts';

export async function buildHarness(outDir = resolve(BENCH_TMP, 'harness')): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [resolve(REPO_ROOT, 'bench/harness/harness.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outfile: join(outDir, 'harness.js'),
    logLevel: 'warning',
  });
  writeFileSync(
    join(outDir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench harness</title></head><body><script type="module" src="/harness.js"></script></body></html>\n',
  );
  return outDir;
}
