/** Files the build also writes as `.br` and `.gz` (scripts/build/precompress.ts): text and TTF fonts; PNG and woff2 are compressed already. */
export const COMPRESSIBLE = /\.(html|js|mjs|css|json|webmanifest|svg|ttf|ico|txt)$/;

/** The encodings the build writes beside a file (`.br`, `.gz`), best first. */
export const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

export type Encoding = (typeof ENCODINGS)[number];

/**
 * The encodings an `Accept-Encoding` header allows, best first (RFC 9110 §12.5.3): a coding
 * with q=0 is refused, `*` stands for any coding not named. Identity is always acceptable here.
 */
export function acceptedEncodings(header: string | undefined): Encoding[] {
  if (!header) return [];
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [token = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    const weight = q === undefined ? 1 : Number(q);
    if (token) weights.set(token.trim(), Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (name: string) => weights.get(name) ?? (name === 'gzip' ? weights.get('x-gzip') : undefined) ?? weights.get('*') ?? 0;
  return ENCODINGS.filter((e) => weightOf(e.name) > 0).sort((a, b) => weightOf(b.name) - weightOf(a.name));
}
