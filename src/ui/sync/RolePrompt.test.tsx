import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { GesprekSync, GesprekSyncState } from '../../state/gesprekSync.ts';
import { RolePrompt } from './RolePrompt.tsx';

const syncWith = (state: GesprekSyncState) => ({ store: createStore<GesprekSyncState>(() => state), setRole: async () => undefined }) as unknown as GesprekSync;

describe('RolePrompt', () => {
  it('asks for the role on a tablet that has the room key but is not connected (restored from a backup offline)', () => {
    render(<RolePrompt sync={syncWith({ roomKey: 'k' })} />);
    expect(screen.getAllByRole('radio').length).toBeGreaterThan(0);
  });
  it('does not ask for a gesprek that lives on this tablet only, nor once the role is known', () => {
    const { container } = render(<RolePrompt sync={syncWith({})} />);
    expect(container.textContent).toBe('');
    const known = render(<RolePrompt sync={syncWith({ roomKey: 'k', role: 'school' })} />);
    expect(known.container.textContent).toBe('');
  });
});
