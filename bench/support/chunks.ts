/** Questions about the bench build's chunks: what a screen loads, and how much it weighs gzipped. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchBuild, ChunkInfo } from './benchBuild.ts';

export const gzipSize = (bytes: Uint8Array | string): number => gzipSync(bytes, { level: 9 }).length;

export function fileGzip(outDir: string, fileName: string): number {
  return gzipSize(readFileSync(join(outDir, fileName)));
}

export function chunkByFile(built: BenchBuild, fileName: string): ChunkInfo {
  const chunk = built.chunks.find((c) => c.fileName === fileName);
  if (!chunk) throw new Error(`no chunk ${fileName} in the bench build`);
  return chunk;
}

/** A chunk and everything it imports statically (what the browser fetches to run it). */
export function staticClosure(built: BenchBuild, fileName: string, into = new Set<string>()): Set<string> {
  if (into.has(fileName)) return into;
  into.add(fileName);
  for (const imported of chunkByFile(built, fileName).imports) staticClosure(built, imported, into);
  return into;
}

/**
 * The chunk that runs the given source file (e.g. src/pdf/index.ts): the one the manifest names
 * for it, else the chunk holding that module (Rollup gives a lazily loaded module no facade of its
 * own when another chunk also imports from it).
 */
export function chunkForSource(built: BenchBuild, source: string): ChunkInfo {
  const entry = built.manifest[source];
  if (entry) return chunkByFile(built, entry.file);
  const holding = built.chunks.find((c) => Object.keys(c.modules).some((id) => id.replace(/\\/g, '/').endsWith(`/${source}`)));
  if (!holding) throw new Error(`${source} is in no chunk of the bench build`);
  return holding;
}

/** npm package name of a module id inside node_modules, or undefined for app code. */
export function packageOf(moduleId: string): string | undefined {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(moduleId.replace(/\\/g, '/'));
  return match?.[1];
}
