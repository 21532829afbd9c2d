/**
 * A production build of the app for the benches, in bench/.tmp/dist (never touching dist/):
 * the project's own vite.config.ts plus `build.manifest` and a tiny plugin that writes the
 * module graph (which modules, with their rendered size, went into which chunk).
 * scripts/bench-all.mjs builds once and passes BENCH_DIST to every bench.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { BENCH_TMP, REPO_ROOT } from './paths.ts';

export interface ChunkInfo {
  fileName: string;
  isEntry: boolean;
  isDynamicEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
  dynamicImports: string[];
  /** module id → rendered length (bytes, minified, before gzip). */
  modules: Record<string, number>;
}

export interface BenchBuild {
  outDir: string;
  chunks: ChunkInfo[];
  manifest: Record<string, { file: string; src?: string; isEntry?: boolean; isDynamicEntry?: boolean; imports?: string[]; assets?: string[] }>;
}

const GRAPH_FILE = 'bench-module-graph.json';

function moduleGraphPlugin(outDir: string): Plugin {
  return {
    name: 'bench-module-graph',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks: ChunkInfo[] = [];
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        chunks.push({
          fileName: item.fileName,
          isEntry: item.isEntry,
          isDynamicEntry: item.isDynamicEntry,
          facadeModuleId: item.facadeModuleId,
          imports: item.imports,
          dynamicImports: item.dynamicImports,
          modules: Object.fromEntries(Object.entries(item.modules).map(([id, m]) => [id, m.renderedLength])),
        });
      }
      // Written beside (not into) the output, so the service worker does not precache it.
      writeFileSync(join(outDir, '..', GRAPH_FILE), JSON.stringify(chunks));
    },
  };
}

/**
 * P3's floor: the smallest page the same service worker can serve offline (precached like the
 * app's files): it reads one IndexedDB value and logs `bench-ready <ms>`.
 */
function floorPagePlugin(): Plugin {
  const script = `(async () => {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('bench-floor-page', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('kv');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const value = await new Promise((resolve) => {
    const request = db.transaction('kv').objectStore('kv').get('v');
    request.onsuccess = () => resolve(request.result);
  });
  if (value === undefined) db.transaction('kv', 'readwrite').objectStore('kv').put('one value', 'v');
  document.body.textContent = 'floor ' + (value ?? 'first');
  console.debug('bench-ready ' + performance.now());
})();`;
  return {
    name: 'bench-floor-page',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'bench-floor.html', source: '<!doctype html><meta charset="utf-8"><title>floor</title><script src="/bench-floor.js"></script>' });
      this.emitFile({ type: 'asset', fileName: 'bench-floor.js', source: script });
    },
  };
}

export async function runBenchBuild(outDir = resolve(BENCH_TMP, 'dist')): Promise<BenchBuild> {
  await build({
    root: REPO_ROOT,
    configFile: resolve(REPO_ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    plugins: [moduleGraphPlugin(outDir), floorPagePlugin()],
    build: { outDir, emptyOutDir: true, manifest: true },
  });
  return readBenchBuild(outDir);
}

export function readBenchBuild(outDir: string): BenchBuild {
  return {
    outDir,
    chunks: JSON.parse(readFileSync(join(outDir, '..', GRAPH_FILE), 'utf8')) as ChunkInfo[],
    manifest: JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as BenchBuild['manifest'],
  };
}

/** The build named by BENCH_DIST (made by bench-all), or a fresh one when a bench runs alone. */
export async function benchBuild(): Promise<BenchBuild> {
  const given = process.env.BENCH_DIST;
  if (given && existsSync(join(given, 'index.html'))) return readBenchBuild(given);
  return runBenchBuild();
}
