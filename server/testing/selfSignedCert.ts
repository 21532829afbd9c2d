/** A throwaway self-signed certificate for localhost/127.0.0.1, made with the openssl CLI in a temp folder. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SelfSignedCert {
  certPath: string;
  keyPath: string;
  /** The certificate itself, for a client that should trust it (`ca`). */
  pem: Buffer;
}

export function makeSelfSignedCert(dir: string, name = 'server'): SelfSignedCert {
  const certPath = join(dir, `${name}.crt`);
  const keyPath = join(dir, `${name}.key`);
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', keyPath, '-out', certPath, '-days', '2', '-subj', `/CN=${name}`,
    '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
  ], { stdio: 'ignore' });
  return { certPath, keyPath, pem: readFileSync(certPath) };
}
