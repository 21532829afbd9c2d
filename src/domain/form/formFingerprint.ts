/**
 * A fingerprint of what the form shows (the snapshot without its vaststelling): two snapshots
 * that print the same get the same fingerprint. FNV-1a in two 32-bit lanes over the UTF-16 code
 * units of a canonical JSON: change detection between two honest tablets, not a security check.
 */
export function formFingerprint(content: unknown): string {
  const json = canonicalJson(content);
  let a = 0x811c9dc5;
  let b = 0xcbf29ce4;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
    b = (b ^ (b >>> 15)) >>> 0;
  }
  return `${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`;
}

/** JSON with object keys sorted and undefined left out, so key order never matters. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
