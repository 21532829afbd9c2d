import { describe, expect, it } from 'vitest';
import { isSecureConnection } from './secureContext.ts';

describe('isSecureConnection', () => {
  it('is false when the browser says the context is not secure', () => {
    expect(isSecureConnection({ isSecureContext: false, crypto: globalThis.crypto })).toBe(false);
  });

  it('is false when WebCrypto has no subtle API, whatever the flag says', () => {
    expect(isSecureConnection({ isSecureContext: true, crypto: {} as Crypto })).toBe(false);
  });

  it('is true in a secure context with WebCrypto', () => {
    expect(isSecureConnection({ isSecureContext: true, crypto: globalThis.crypto })).toBe(true);
  });
});
