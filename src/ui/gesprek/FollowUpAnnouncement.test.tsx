import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { FOLLOW_UPS_MAP, writeFollowUpPointer } from '../../domain/form/followUpPointers.ts';
import { replaceText, textField } from '../../domain/form/textFields.ts';
import type { GesprekSession } from '../../state/gesprekSession.ts';
import { getGesprek } from '../../storage/gesprekList.ts';
import { newRoomKeyText } from '../../sync/index.ts';
import { FollowUpAnnouncement } from './FollowUpAnnouncement.tsx';
// Joining is imported lazily (only a gesprek with pointers needs it); loaded here up front, as the
// app's precache has it at hand, so the test does not wait on vitest transforming the sync layer.
import '../../state/joinGesprek.ts';

function previousGesprek(id: string): GesprekSession {
  const doc = new Y.Doc();
  replaceText(textField(doc, 'contact.school.naamSchool'), 'Het Øster College');
  return { doc, id, tabletId: 'tablet-hier' } as unknown as GesprekSession;
}

describe('the other tablet’s Vervolggesprek, seen in the previous gesprek', () => {
  it('is taken into the list and announced, with a way to open it', async () => {
    const session = previousGesprek('vorigAAAAAAAAAAAAAAAAA');
    const roomKey = newRoomKeyText();
    writeFollowUpPointer(session.doc, { id: 'vervolgAAAAAAAAAAAAAAA', roomKey, createdAt: 1, tablet: 'tablet-daar', createdBy: 'politie' });
    render(<FollowUpAnnouncement session={session} />);
    const notice = await screen.findByRole('status');
    expect(notice.textContent).toContain('De andere tablet (politie) heeft een vervolggesprek gemaakt.');
    expect(notice.textContent).toContain('U hoeft niets te scannen.');
    expect(screen.getByRole('link', { name: 'Vervolggesprek openen' }).getAttribute('href')).toBe('#/gesprek/vervolgAAAAAAAAAAAAAAA');
    expect(await getGesprek('vervolgAAAAAAAAAAAAAAA')).toMatchObject({ roomKey, schoolName: 'Het Øster College' });
  });

  it('says both are kept when this tablet made one too, and leaves malformed pointers out without failing', async () => {
    const session = previousGesprek('vorigBBBBBBBBBBBBBBBBB');
    writeFollowUpPointer(session.doc, { id: 'eigenBBBBBBBBBBBBBBBBB', roomKey: newRoomKeyText(), createdAt: 1, tablet: 'tablet-hier' });
    writeFollowUpPointer(session.doc, { id: 'anderBBBBBBBBBBBBBBBBB', roomKey: newRoomKeyText(), createdAt: 2, tablet: 'tablet-daar' });
    session.doc.getMap<unknown>(FOLLOW_UPS_MAP).set('kapotBBBBBBBBBBBBBBBBB', { id: 'kapotBBBBBBBBBBBBBBBBB', roomKey: 'geen sleutel', createdAt: 3, tablet: 'x' });
    session.doc.getMap<unknown>(FOLLOW_UPS_MAP).set('raar', 42);
    render(<FollowUpAnnouncement session={session} />);
    const notice = await screen.findByRole('status');
    expect(notice.textContent).toContain('De andere tablet heeft ook een vervolggesprek gemaakt.');
    expect(notice.textContent).toContain('Beide blijven bewaard');
    expect(screen.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['#/gesprek/anderBBBBBBBBBBBBBBBBB']);
    expect(await getGesprek('kapotBBBBBBBBBBBBBBBBB')).toBeUndefined();
    expect(await getGesprek('eigenBBBBBBBBBBBBBBBBB')).toBeUndefined();
  });

  it('says nothing when only malformed pointers are there', () => {
    const session = previousGesprek('vorigCCCCCCCCCCCCCCCCC');
    session.doc.getMap<unknown>(FOLLOW_UPS_MAP).set('x', { id: 'x' });
    const { container } = render(<FollowUpAnnouncement session={session} />);
    expect(container.textContent).toBe('');
  });
});
