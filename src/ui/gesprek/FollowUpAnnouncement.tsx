import { useEffect } from 'preact/hooks';
import { followUpPointers } from '../../domain/form/followUpPointers.ts';
import { gespreksdatum } from '../../domain/form/meta.ts';
import { readText } from '../../domain/form/textFields.ts';
import { dutchDateTime } from '../../domain/pdfLayout/statusLines.ts';
import { joinAnnouncedFollowUps } from '../../state/followUpAnnouncements.ts';
import type { GesprekSession } from '../../state/gesprekSession.ts';
import { gesprekkenStore, refreshGesprekken } from '../../state/gesprekkenStore.ts';
import { AnnouncedFollowUps } from '../common/AnnouncedFollowUps.tsx';
import { useStoreState } from '../hooks/useStoreState.ts';

/**
 * In a gesprek the other tablet made a follow-up of: takes that follow-up into this tablet's list
 * (its room key comes from the pointer, encrypted in this gesprek) and says so until it is opened.
 * The caller re-renders on every document change.
 */
export function FollowUpAnnouncement({ session }: { session: GesprekSession }) {
  const { doc, id, tabletId } = session;
  const pointers = followUpPointers(doc);
  const fromOthers = pointers.filter((p) => p.tablet !== tabletId);
  const alsoOwn = fromOthers.length < pointers.length;
  const items = useStoreState(gesprekkenStore, (s) => s.items);
  const loaded = useStoreState(gesprekkenStore, (s) => s.loaded);
  const joinKey = fromOthers.map((p) => p.id).join(' ');

  // The list is read only for a gesprek that has the other tablet's follow-ups to show: opening any
  // other gesprek does no work for all of them.
  const needsList = fromOthers.length > 0;
  useEffect(() => {
    if (needsList && !loaded) void refreshGesprekken();
  }, [needsList, loaded]);
  useEffect(() => {
    if (fromOthers.length === 0) return;
    const previous = { id, schoolName: readText(doc, 'contact.school.naamSchool').trim(), date: gespreksdatum(doc) };
    void joinAnnouncedFollowUps(previous, fromOthers).catch(() => undefined);
  }, [joinKey]);

  // Shown until opened here; one deleted here is not announced again.
  const waiting = fromOthers.filter((p) => items.some((row) => row.id === p.id && row.announcedFollowUp));
  const several = waiting.length > 1;
  return (
    <AnnouncedFollowUps
      alsoOwn={alsoOwn}
      followUps={waiting.map((p) => ({
        id: p.id,
        ...(p.createdBy ? { createdBy: p.createdBy } : {}),
        openLabel: several ? `Vervolggesprek van ${dutchDateTime(p.createdAt)} openen` : 'Vervolggesprek openen',
      }))}
    />
  );
}
