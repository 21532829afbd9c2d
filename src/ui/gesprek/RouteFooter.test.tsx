import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { RouteFooter } from './RouteFooter.tsx';

const links = () => screen.getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')]);

describe('RouteFooter', () => {
  it('names the next and the previous screen of the route', () => {
    render(<RouteFooter gesprekId="g1" current={2} route={[5, 6]} />);
    expect(links()).toEqual([
      ['Volgende: Hoofdstuk 5 Evaluatie van de samenwerking', '#/gesprek/g1/h5'],
      ['Vorige: Contactpersonen', '#/gesprek/g1/contactpersonen'],
    ]);
  });

  it('offers only "Vorige" on the last screen', () => {
    render(<RouteFooter gesprekId="g1" current={6} route={[5, 6]} />);
    expect(links()).toEqual([['Vorige: Hoofdstuk 5 Evaluatie van de samenwerking', '#/gesprek/g1/h5']]);
  });

  it('says why chapter 2 has no next screen before the questions are answered', () => {
    render(<RouteFooter gesprekId="g1" current={2} route={[]} />);
    expect(screen.queryByRole('link', { name: /^Volgende/ })).toBeNull();
    expect(screen.getByText(/Beantwoord de vragen/)).toBeTruthy();
  });
});
