import { describe, expect, it } from 'vitest';
import { parseRoute } from './parseRoute.ts';

describe('parseRoute', () => {
  it('reads home, a gesprek and its section, and a pairing link', () => {
    expect(parseRoute('')).toEqual({ screen: 'home' });
    expect(parseRoute('#/')).toEqual({ screen: 'home' });
    expect(parseRoute('#/gesprek/abc')).toEqual({ screen: 'gesprek', id: 'abc' });
    expect(parseRoute('#/gesprek/abc/h4')).toEqual({ screen: 'gesprek', id: 'abc', section: 'h4' });
    expect(parseRoute('#/koppel/room.key')).toEqual({ screen: 'koppel', payload: 'room.key' });
  });

  it('sends anything else to "not found"', () => {
    expect(parseRoute('#/gesprek/abc/h9')).toEqual({ screen: 'not-found' });
    expect(parseRoute('#/onzin')).toEqual({ screen: 'not-found' });
  });
});
