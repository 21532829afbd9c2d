/**
 * Sealed payloads (entries and presence) are padded to one of these sizes before encryption, so
 * the ciphertext length says little about which field was typed in or how long a paste was.
 * Beyond the last bucket, sizes round up to a multiple of it.
 */
export const PADDING_BUCKETS: readonly number[] = [64, 256, 1024, 4096, 16384, 65536];

export function paddedLength(length: number): number {
  for (const bucket of PADDING_BUCKETS) if (length <= bucket) return bucket;
  const last = PADDING_BUCKETS[PADDING_BUCKETS.length - 1] ?? 65536;
  return Math.ceil(length / last) * last;
}
