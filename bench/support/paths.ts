/** Where benches keep their scratch files (git-ignored). */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
export const BENCH_TMP = resolve(REPO_ROOT, 'bench', '.tmp');
mkdirSync(BENCH_TMP, { recursive: true });
