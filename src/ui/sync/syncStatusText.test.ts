import { describe, expect, it } from 'vitest';
import { INITIAL_STATUS } from '../../sync/index.ts';
import { syncStatusText } from './syncStatusText.ts';

describe('syncStatusText', () => {
  it('names each state as the tablet shows it', () => {
    expect(syncStatusText(INITIAL_STATUS)).toBe('Verbinden…');
    expect(syncStatusText({ ...INITIAL_STATUS, state: 'connected', synced: true })).toBe('Verbonden · gesynchroniseerd');
    expect(syncStatusText({ ...INITIAL_STATUS, state: 'offline', pendingChanges: 3 })).toBe('Niet verbonden · 3 wijzigingen wachten');
    expect(syncStatusText({ ...INITIAL_STATUS, state: 'offline', pendingChanges: 1 })).toBe('Niet verbonden · 1 wijziging wacht');
    expect(syncStatusText({ ...INITIAL_STATUS, state: 'offline', refused: true })).toMatch(/^Andere sleutel/);
  });

  it('tells server trouble from a lost network, and says the changes are safe', () => {
    expect(syncStatusText({ ...INITIAL_STATUS, state: 'offline', serverTrouble: true, pendingChanges: 2 })).toBe(
      'Server tijdelijk niet beschikbaar · uw wijzigingen staan op deze tablet',
    );
    expect(syncStatusText({ ...INITIAL_STATUS, state: 'offline' })).toMatch(/^Niet verbonden/);
    expect(syncStatusText({ ...INITIAL_STATUS, state: 'paused' })).toMatch(/zodra u iets wijzigt/);
  });
});
