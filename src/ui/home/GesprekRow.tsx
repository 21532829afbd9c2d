import { formatDutchDate, todayIso } from '../../domain/format/dutchDate.ts';
import type { GesprekRecord } from '../../storage/db.ts';
import { FollowUpButton } from '../common/FollowUpButton.tsx';
import type { ConfirmMissing } from '../../state/pdfExport.ts';
import { PdfButton } from '../files/PdfButton.tsx';
import { gesprekHref } from '../routing/parseRoute.ts';
import { waitingChanges } from '../sync/syncStatusText.ts';

/** Loaded on tap: reading a stored gesprek needs Yjs, which home does not load. */
const makePdf = (id: string, confirmMissing: ConfirmMissing) =>
  import('../../state/pdfExport.ts').then((m) => m.createPdfFileForStoredGesprek(id, confirmMissing));

/** "23 november 2026 14:05": when a gesprek was last changed, or last in step with the other tablet. */
const syncedAt = (ms: number) => {
  const d = new Date(ms);
  return `${formatDutchDate(todayIso(d))} ${d.toTimeString().slice(0, 5)}`;
};

/** "gedeeld, laatst gesynchroniseerd …, 3 wijzigingen wachten" for a shared gesprek. */
const sharedState = ({ lastSyncedAt, unsentChanges }: GesprekRecord) =>
  ['gedeeld', lastSyncedAt ? `laatst gesynchroniseerd ${syncedAt(lastSyncedAt)}` : '', unsentChanges ? waitingChanges(unsentChanges) : '']
    .filter(Boolean)
    .join(', ');

/** "Vastgesteld op 1 december 2026" or "Gewijzigd na vaststelling", kept in the row by the session's summary. */
const vaststellingLabel = ({ vaststelling, vastgesteldOp }: GesprekRecord) =>
  vaststelling === 'vastgesteld' ? `Vastgesteld op ${formatDutchDate(vastgesteldOp ?? '')}` : vaststelling === 'gewijzigd' ? 'Gewijzigd na vaststelling' : '';

export const displayName = (record: Pick<GesprekRecord, 'schoolName'>) => record.schoolName || 'Naamloos gesprek';

interface GesprekRowProps {
  record: GesprekRecord;
  onDelete(record: GesprekRecord): void;
}

/** One gesprek in the list: open it by its name, or remove it. */
export function GesprekRow({ record, onDelete }: GesprekRowProps) {
  const name = displayName(record);
  return (
    <li class="app-gesprek-row">
      <a class="app-gesprek-row__open" href={gesprekHref(record.id)}>
        {/* Isolated: a right-to-left override in a school name cannot reorder the rest of the row. */}
        <bdi class="app-gesprek-row__name" dir="auto">{name}</bdi>
        <span class="app-gesprek-row__meta">
          {record.date ? formatDutchDate(record.date) : 'Geen datum'}
          {' · '}
          <bdi dir="auto">{record.routeLabel || 'Route nog niet gekozen'}</bdi>
          {/* Two gesprekken of one day differ by their time. */}
          {` · gewijzigd ${syncedAt(record.updatedAt)}`}
          {record.roomKey && <span class="app-gesprek-row__shared"> · {sharedState(record)}</span>}
          {vaststellingLabel(record) && <span class="app-gesprek-row__status"> · {vaststellingLabel(record)}</span>}
          {record.previousDate && <span class="app-gesprek-row__previous"> · Vorig gesprek: {formatDutchDate(record.previousDate)}</span>}
        </span>
      </a>
      <FollowUpButton previousId={record.id} label={`Vervolggesprek van ${name}`} subtle />
      <PdfButton makeFile={(confirmMissing) => makePdf(record.id, confirmMissing)} label={`PDF maken van ${name}`} subtle />
      <button
        type="button"
        class="utrecht-button utrecht-button--subtle utrecht-button--danger app-gesprek-row__delete"
        aria-label={`${name} verwijderen`}
        onClick={() => onDelete(record)}
      >
        Verwijderen
      </button>
    </li>
  );
}
