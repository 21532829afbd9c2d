import { describe, expect, it } from 'vitest';
import { formatPairingLink, parsePairingLink } from './pairingLink.ts';

describe('pairing link', () => {
  // Fixed values keep the test names stable from run to run.
  const pairing = { gesprekId: 'bSOnzjGdL8qAa2OCuT-6YQ', roomKey: 'OshJwIcLOMuY8wJ8qFkkqb5Llo3zISeXYTt1bx6xNmE' };

  it('puts gesprek id and key in the fragment only, and reads them back', () => {
    const link = formatPairingLink('https://gesprek.example.nl/', pairing);
    const url = new URL(link);
    expect(url.pathname).toBe('/');
    expect(url.search).toBe('');
    expect(url.hash).toBe(`#/koppel/${pairing.gesprekId}.${pairing.roomKey}`);
    expect(parsePairingLink(link)).toEqual({ ok: true, value: pairing });
  });

  it('accepts just the fragment, with stray whitespace', () => {
    expect(parsePairingLink(`  #/koppel/${pairing.gesprekId}.${pairing.roomKey}\n`)).toEqual({ ok: true, value: pairing });
  });

  it.each([
    ['https://example.nl/', 'not-a-pairing-link'],
    ['', 'not-a-pairing-link'],
    [`#/koppel/${pairing.gesprekId}`, 'damaged-link'],
    [`#/koppel/${pairing.gesprekId}.${pairing.roomKey.slice(0, 30)}`, 'damaged-link'],
    [`#/koppel/${pairing.gesprekId}.${pairing.roomKey}.extra`, 'damaged-link'],
    [`#/koppel/kort.${pairing.roomKey}`, 'damaged-link'],
    [`#/koppel/${pairing.gesprekId}.${pairing.roomKey.slice(0, 42)}!`, 'damaged-link'],
  ])('returns a typed error code for %j', (text, code) => {
    const parsed = parsePairingLink(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.code).toBe(code);
    }
  });
});
