import { act, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { appUpdateStore } from '../../state/appUpdateStore.ts';
import { OfflineReadiness } from './OfflineReadiness.tsx';

afterEach(() => appUpdateStore.setState({ offline: 'not-applicable' }));

describe('offline readiness on home', () => {
  it('says it is being prepared, then, in the same live region, that it is ready', () => {
    appUpdateStore.setState({ offline: 'preparing' });
    render(<OfflineReadiness />);
    const status = screen.getByRole('status');
    expect(status.textContent).toMatch(/^Wordt klaargezet voor gebruik zonder internet…/);
    act(() => appUpdateStore.setState({ offline: 'ready' }));
    expect(screen.getByRole('status')).toBe(status);
    expect(status.textContent).toMatch(/^Klaar voor gebruik zonder internet/);
  });

  it('says so when this browser cannot work offline', () => {
    appUpdateStore.setState({ offline: 'unavailable' });
    render(<OfflineReadiness />);
    expect(screen.getByRole('status').textContent).toMatch(/kon de app niet klaarzetten/);
  });

  it('says nothing where no service worker is built (development)', () => {
    render(<OfflineReadiness />);
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
