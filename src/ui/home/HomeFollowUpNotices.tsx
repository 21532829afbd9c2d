import type { GesprekRecord } from '../../storage/db.ts';
import { AnnouncedFollowUps } from '../common/AnnouncedFollowUps.tsx';
import { displayName } from './GesprekRow.tsx';

/** The follow-ups the other tablet made that this tablet has taken in but not opened yet. */
export function HomeFollowUpNotices({ items }: { items: readonly GesprekRecord[] }) {
  return (
    <>
      {items.map(({ id, schoolName, announcedFollowUp }) =>
        announcedFollowUp ? (
          <AnnouncedFollowUps
            key={id}
            {...(schoolName ? { about: `met ${schoolName}` } : {})}
            followUps={[{ id, ...(announcedFollowUp.createdBy ? { createdBy: announcedFollowUp.createdBy } : {}), openLabel: `Vervolggesprek openen: ${displayName({ schoolName })}` }]}
          />
        ) : null,
      )}
    </>
  );
}
