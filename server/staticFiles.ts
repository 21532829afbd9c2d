import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { acceptedEncodings, COMPRESSIBLE } from './contentEncoding.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The app shell is a single page: unknown paths without an extension get index.html.
 * A precompressed copy is sent when the browser accepts its encoding; the headers describe the
 * bytes on the wire (Content-Length of the compressed file), and caches keep the two apart (Vary).
 */
export function createStaticHandler(root: string) {
  const rootWithSep = root.endsWith(sep) ? root : root + sep;

  return async function serveStatic(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const pathname = safePathname(req.url ?? '/');
    if (pathname === null) {
      res.writeHead(400).end();
      return;
    }
    let file = normalize(join(root, pathname));
    if (!file.startsWith(rootWithSep) && file !== root) {
      res.writeHead(403).end();
      return;
    }
    let info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (!info && extname(pathname) === '') {
      file = join(root, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (!info?.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Niet gevonden');
      return;
    }
    const sent = COMPRESSIBLE.test(file) ? await encodedVariant(file, info, req.headers['accept-encoding']) : undefined;
    const headers: Record<string, string | number> = {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': (sent?.info ?? info).size,
      'cache-control': cacheControlFor(file),
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    };
    if (COMPRESSIBLE.test(file)) headers['vary'] = 'Accept-Encoding';
    if (sent) headers['content-encoding'] = sent.encoding;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(sent?.file ?? file).pipe(res);
  };
}

/**
 * The best precompressed copy the browser accepts, if the build wrote one. A copy older than its
 * file is stale (the file was replaced after the build, e.g. a hand-edited sw.js) and never sent.
 */
async function encodedVariant(
  file: string,
  original: Stats,
  acceptEncoding: string | undefined,
): Promise<{ file: string; info: Stats; encoding: string } | undefined> {
  for (const encoding of acceptedEncodings(acceptEncoding)) {
    const variant = file + encoding.suffix;
    const info = await stat(variant).catch(() => null);
    if (info?.isFile() && info.mtimeMs >= original.mtimeMs) return { file: variant, info, encoding: encoding.name };
  }
  return undefined;
}

function safePathname(url: string): string | null {
  try {
    return decodeURIComponent(new URL(url, 'http://x').pathname);
  } catch {
    return null;
  }
}

/** Hashed assets never change; the shell and the service worker must always be revalidated. */
function cacheControlFor(file: string): string {
  return file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
}
