import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PresenceBadges } from './PresenceBadges.tsx';

describe('PresenceBadges', () => {
  it('says who is there and where, as text rather than a button', () => {
    render(
      <PresenceBadges
        peers={[
          { clientId: 1, role: 'school', screen: 'h4' },
          { clientId: 2, role: 'politie', screen: 'contactpersonen' },
          { clientId: 3, role: 'politie', screen: 'iets-nieuws' },
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['●School is er · Hoofdstuk 4', '●Politie is er · Contactpersonen', '●Politie is er']);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
