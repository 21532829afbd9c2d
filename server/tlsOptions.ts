/** HTTPS for a small own server: TLS_CERT and TLS_KEY name PEM files (certificate chain and private key). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface TlsFiles {
  certPath: string;
  keyPath: string;
}

export interface TlsCredentials {
  cert: Buffer;
  key: Buffer;
}

/** Both or neither: one without the other is a mistake to report, not to ignore. */
export function tlsFilesFromEnv(env: NodeJS.ProcessEnv): TlsFiles | undefined {
  const cert = env.TLS_CERT?.trim();
  const key = env.TLS_KEY?.trim();
  if (!cert && !key) return undefined;
  if (!cert || !key) throw new Error('TLS_CERT and TLS_KEY must be set together (PEM file paths)');
  return { certPath: resolve(cert), keyPath: resolve(key) };
}

/** Read at start (and again on SIGHUP after a renewal); a missing or unreadable file stops the start. */
export function readTlsCredentials(files: TlsFiles): TlsCredentials {
  const read = (path: string, what: string) => {
    try {
      return readFileSync(path);
    } catch (error) {
      throw new Error(`${what} could not be read from ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  };
  return { cert: read(files.certPath, 'TLS_CERT'), key: read(files.keyPath, 'TLS_KEY') };
}
