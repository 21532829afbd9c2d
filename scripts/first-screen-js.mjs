// What the first screen loads: the entry script of dist/index.html and the chunks it preloads.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

export function firstScreenScripts(distDir = 'dist') {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const srcs = [...html.matchAll(/<script[^>]+src="([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)]
    .map((m) => m[1])
    .filter((src) => src && src.endsWith('.js'));
  return [...new Set(srcs)].map((src) => {
    const bytes = readFileSync(join(distDir, src.replace(/^\//, '')));
    return { src, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}
