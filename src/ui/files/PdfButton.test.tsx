import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PdfButton } from './PdfButton.tsx';

describe('PdfButton', () => {
  it('is busy while the PDF is made, and after a failure says so in Dutch and can be tapped again', async () => {
    let fail: (error: Error) => void = () => undefined;
    let attempts = 0;
    const makeFile = () => {
      attempts++;
      return new Promise<File | undefined>((_, reject) => (fail = reject));
    };
    render(<PdfButton makeFile={makeFile} />);
    fireEvent.click(screen.getByRole('button', { name: 'PDF maken' }));
    const busy = await screen.findByRole('button', { name: 'PDF wordt gemaakt…' });
    expect(busy.getAttribute('aria-busy')).toBe('true');
    expect((busy as HTMLButtonElement).disabled).toBe(true);
    fail(new Error('font table broken'));
    expect((await screen.findByRole('alert')).textContent).toBe('De PDF kon niet worden gemaakt. Probeer het opnieuw; uw gesprek blijft bewaard.');
    const again = screen.getByRole('button', { name: 'PDF maken' });
    expect((again as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(again);
    await waitFor(() => expect(attempts).toBe(2));
    expect(screen.queryByRole('alert')).toBeNull(); // a new try clears the old message
  });
});
