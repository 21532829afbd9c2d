/**
 * Security headers on every HTTP response (app files, errors, /healthz, refused upgrades).
 * The CSP allows only this origin: scripts from files plus the hashes of the inline scripts that
 * dist/index.html really has (computed at start), sync over ws(s) to the same host. No inline
 * styles are needed by the built app, so style-src has no 'unsafe-inline'.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import { join } from 'node:path';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;
/** A Host header we are willing to repeat in connect-src (anything else: 'self' only). */
const PLAIN_HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)].map(([, body]) => `'sha256-${createHash('sha256').update(body ?? '').digest('base64')}'`);
}

export type SecurityHeaders = (request: IncomingMessage | undefined) => OutgoingHttpHeaders;

export function createSecurityHeaders(staticDir: string): SecurityHeaders {
  let html = '';
  try {
    html = readFileSync(join(staticDir, 'index.html'), 'utf8');
  } catch {
    // No built app (tests, or a server for sync only): no inline scripts to allow.
  }
  const scripts = ["'self'", ...inlineScriptHashes(html)].join(' ');
  return (request) => {
    const host = request?.headers.host;
    // 'self' covers same-origin ws(s) in current browsers; older Safari needs the host spelled out.
    const sync = host && PLAIN_HOST.test(host) ? ` wss://${host} ws://${host}` : '';
    const csp = [
      "default-src 'self'",
      `script-src ${scripts}`,
      "style-src 'self'",
      "img-src 'self' data: blob:",
      // blob: lets the page read back the files it made itself (its PDF and .gesprek blobs).
      `connect-src 'self'${sync} blob:`,
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "object-src 'none'",
    ].join('; ');
    return {
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Permissions-Policy': 'camera=(self), microphone=(), geolocation=()',
      'X-Frame-Options': 'DENY',
    };
  };
}

/** The same headers as raw lines, for responses written straight to an upgrade's socket. */
export const headerLines = (headers: OutgoingHttpHeaders): string =>
  Object.entries(headers)
    .map(([name, value]) => `${name}: ${String(value)}\r\n`)
    .join('');
