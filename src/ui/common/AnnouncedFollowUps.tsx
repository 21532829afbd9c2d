import { ROLE_LABEL } from '../sync/roleLabels.ts';
import { gesprekHref } from '../routing/parseRoute.ts';

export interface AnnouncedFollowUp {
  id: string;
  createdBy?: 'school' | 'politie';
  /** The link's words: "Vervolggesprek openen" when there is one, something that tells them apart when there are more. */
  openLabel: string;
}

interface AnnouncedFollowUpsProps {
  followUps: readonly AnnouncedFollowUp[];
  /** This tablet made a follow-up of its own too (the two were made apart). */
  alsoOwn?: boolean;
  /** Of which gesprek, where that is not plain from the screen (home): "met Het Øster College". */
  about?: string;
}

const otherTablet = (createdBy: AnnouncedFollowUp['createdBy']) =>
  createdBy ? `De andere tablet (${ROLE_LABEL[createdBy].toLowerCase()})` : 'De andere tablet';

/**
 * "De andere tablet heeft een vervolggesprek gemaakt": it is already in this tablet's list and
 * fills from the other tablet, without scanning. A status, so a screen reader hears it arrive.
 */
export function AnnouncedFollowUps({ followUps, alsoOwn = false, about }: AnnouncedFollowUpsProps) {
  if (followUps.length === 0) return null;
  const who = otherTablet(followUps[0]?.createdBy);
  const what = followUps.length > 1 ? `${followUps.length} vervolggesprekken` : alsoOwn ? 'ook een vervolggesprek' : 'een vervolggesprek';
  const headline = `${who} heeft ${what} gemaakt${about ? ` ${about}` : ''}.`;
  return (
    <div class="utrecht-alert utrecht-alert--info app-announced-follow-ups" role="status">
      <p>
        <strong>{headline}</strong>{' '}
        {alsoOwn
          ? 'Deze tablet maakte er ook een. Beide blijven bewaard; kies samen met welk gesprek u verder gaat.'
          : 'Het staat al op deze tablet. U hoeft niets te scannen.'}
      </p>
      <div class="app-button-row">
        {followUps.map((followUp) => (
          <a key={followUp.id} class="utrecht-button utrecht-button--primary-action app-link-button" href={gesprekHref(followUp.id)}>
            {followUp.openLabel}
          </a>
        ))}
      </div>
    </div>
  );
}
