/**
 * P1: the JavaScript the first screen (home) loads, gzipped, beside what the libraries it pulls in
 * weigh on their own. Libraries: from the build's module graph we take every node_modules JS module
 * that contributes bytes to the first screen's chunks, group them by package, and bundle each package's modules alone
 * with esbuild (minified, ESM, `export *` so nothing is shaken away, other packages external),
 * then gzip (level 9). Run with `npx tsx bench/firstScreen.ts`.
 */
import { build as esbuild } from 'esbuild';
import { benchBuild } from './support/benchBuild.ts';
import { chunkByFile, gzipSize, packageOf } from './support/chunks.ts';
import { emitRow } from './support/report.ts';
import { kB } from './support/stats.ts';

const GOAL_BYTES = 60 * 1024;
const GOAL_RATIO = 1.2;

interface FirstScreenJs {
  firstScreenScripts(distDir: string): Array<{ src: string; bytes: number; gzip: number }>;
}
// The gate's own helper (plain .mjs, no types): the same files the budget check counts.
const { firstScreenScripts } = (await import(new URL('../scripts/first-screen-js.mjs', import.meta.url).href)) as FirstScreenJs;

const built = await benchBuild();
const scripts = firstScreenScripts(built.outDir);
const total = scripts.reduce((sum, s) => sum + s.gzip, 0);

const modulesByPackage = new Map<string, string[]>();
let appRendered = 0;
let libRendered = 0;
for (const script of scripts) {
  const chunk = chunkByFile(built, script.src.replace(/^\//, ''));
  for (const [id, length] of Object.entries(chunk.modules)) {
    if (length === 0 || !/\.[cm]?[jt]sx?(\?|$)/.test(id)) continue; // CSS, or shaken away entirely
    const pkg = id.startsWith('\0') ? undefined : packageOf(id);
    if (!pkg) {
      appRendered += length;
      continue;
    }
    libRendered += length;
    modulesByPackage.set(pkg, [...(modulesByPackage.get(pkg) ?? []), id.replace(/\?.*$/, '')]);
  }
}

const packages = [...modulesByPackage.keys()];
const libraries: Array<{ pkg: string; gzip: number }> = [];
for (const [pkg, files] of modulesByPackage) {
  const others = packages.filter((p) => p !== pkg).flatMap((p) => [p, `${p}/*`]);
  const result = await esbuild({
    stdin: { contents: files.map((file, i) => `export * as m${i} from ${JSON.stringify(file)};`).join('\n'), resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    external: others,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  libraries.push({ pkg, gzip: gzipSize(result.outputFiles[0]?.contents ?? new Uint8Array()) });
}
const libTotal = libraries.reduce((sum, l) => sum + l.gzip, 0);

for (const s of scripts) console.log(`  first screen: ${s.src} ${kB(s.gzip)} gzip`);
for (const l of libraries) console.log(`  library alone: ${l.pkg} ${kB(l.gzip)} gzip`);
const libShare = libRendered / (libRendered + appRendered);
console.log(`  in the bundle (Rollup rendered length, before minification): libraries ${kB(libRendered)}, app ${kB(appRendered)} (${(libShare * 100).toFixed(0)}% libraries)`);
console.log(`P1 first screen JS ${kB(total)} gzip; libraries alone ${kB(libTotal)} gzip`);


// What the server actually sends for the first screen: a cold Chromium opens home through the
// real server; every request's encoded body and headers as received (the browser negotiates
// brotli), until "Nieuw gesprek" is enabled.
const { startAppServer } = await import('./support/appServer.ts');
const { withChromium } = await import('./support/chromium.ts');
const server = await startAppServer({ staticDir: built.outDir });
try {
  const wire = await withChromium(async (browser) => {
    const page = await (await browser.newContext()).newPage();
    const seen: Array<Promise<{ url: string; type: string; bytes: number; encoding: string }>> = [];
    page.on('requestfinished', (request) => {
      seen.push(
        (async () => {
          const sizes = await request.sizes();
          const response = await request.response();
          return {
            url: new URL(request.url()).pathname,
            type: request.resourceType(),
            bytes: sizes.responseBodySize + sizes.responseHeadersSize,
            encoding: (await response?.allHeaders())?.['content-encoding'] ?? 'identity',
          };
        })(),
      );
    });
    await page.goto(`${server.origin}/`);
    await page.getByRole('button', { name: 'Nieuw gesprek' }).waitFor();
    await page.waitForLoadState('load');
    return Promise.all(seen);
  });
  const firstScreen = wire.filter((r) => ['document', 'script', 'stylesheet'].includes(r.type));
  const wireTotal = firstScreen.reduce((sum, r) => sum + r.bytes, 0);
  const wireJs = firstScreen.filter((r) => r.type === 'script').reduce((sum, r) => sum + r.bytes, 0);
  for (const r of wire) console.log(`  on the wire: ${r.url} (${r.type}, ${r.encoding}) ${kB(r.bytes)}`);
  const { withLoad } = await import('./support/load.ts');
  emitRow({
    id: 'P1',
    what: 'first screen (home) on the wire as the server sends it: HTML + JS + CSS',
    result: withLoad(`${kB(wireTotal)} (JS ${kB(wireJs)}, ${firstScreen.length} files, ${[...new Set(firstScreen.map((r) => r.encoding))].join('/')}); JS gzip -9 ${kB(total)}`),
    floor: `${kB(libTotal)} libs gzip (${libraries.map((l) => `${l.pkg} ${kB(l.gzip)}`).join(', ')})`,
    ratio: `${(wireJs / libTotal).toFixed(2)}× (JS on the wire ÷ libs)`,
    goal: '≤ 60 kB on the wire; JS ≤ 1.2× libs',
    met: wireTotal <= GOAL_BYTES && wireJs / libTotal <= GOAL_RATIO,
    method:
      'cold Chromium context opens home through the real server (server/staticFiles.ts, precompressed brotli/gzip chosen by Accept-Encoding); Playwright request.sizes() body + headers of the document, scripts and stylesheets until "Nieuw gesprek" is enabled (service worker and favicon traffic excluded). Floor: node_modules modules of the first-screen chunks bundled per package alone with esbuild (minify, export *), gzip -9. One run: byte counts do not vary.',
  });
} finally {
  await server.stop();
}
