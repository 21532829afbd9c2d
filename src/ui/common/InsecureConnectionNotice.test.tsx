import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { InsecureConnectionNotice } from './InsecureConnectionNotice.tsx';

describe('InsecureConnectionNotice', () => {
  it('over an insecure connection says what does not work, what still does, and offers the https:// address', () => {
    render(<InsecureConnectionNotice secure={false} />);
    const notice = screen.getByRole('region', { name: 'Verbinding niet beveiligd' });
    expect(notice.textContent).toContain('Deze verbinding is niet beveiligd.');
    expect(notice.textContent).toContain('Zonder beveiligde verbinding werken delen, offline gebruik en de camera niet.');
    expect(notice.textContent).toContain('Invullen en de PDF maken werken wel.');
    expect(screen.getByRole('link', { name: `https://${location.hostname}/` }).getAttribute('href')).toBe(`https://${location.hostname}/`);
  });

  it('shows nothing over a secure connection', () => {
    const { container } = render(<InsecureConnectionNotice secure />);
    expect(container.textContent).toBe('');
  });
});
