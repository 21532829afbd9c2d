import { useId } from 'preact/hooks';
import type * as Y from 'yjs';
import { isValueField } from '../../domain/care/fieldIds.ts';
import { keepMerged, keepVersion } from '../../domain/care/resolve.ts';
import { tabletOf } from '../../state/docTablet.ts';
import { authorOfTablet, formatMoment, formatValue } from './careText.ts';
import { conflictFor } from './useConflicts.ts';
import './care.css';

interface ConflictNoticeProps {
  doc: Y.Doc;
  field: string;
  readOnly?: boolean | undefined;
}

/** In a field both tablets changed apart: every version whole, and a choice that settles it on both. */
export function ConflictNotice({ doc, field, readOnly }: ConflictNoticeProps) {
  const id = useId();
  const conflict = conflictFor(doc, field);
  if (!conflict) return null;
  const tablet = tabletOf(doc);
  const text = !isValueField(field);
  return (
    <div class="utrecht-alert utrecht-alert--warning app-conflict" role="group" aria-labelledby={`${id}-title`} data-conflict={field} tabIndex={-1}>
      <p class="app-conflict__title" id={`${id}-title`}>
        <strong>Beide tablets hebben dit veld gewijzigd</strong> terwijl ze geen verbinding met elkaar hadden. Kies wat blijft.
      </p>
      <ul class="app-conflict__versions">
        {conflict.versions.map((version, i) => (
          <li key={version.tablet} class="app-conflict__version">
            <p class="app-conflict__meta" id={`${id}-v${i}`}>
              Versie van {authorOfTablet(doc, version.tablet)}, {formatMoment(version.at)}
            </p>
            <p class="app-conflict__value">{formatValue(doc, field, version.value)}</p>
            <button
              type="button"
              class="utrecht-button utrecht-button--secondary-action app-conflict__choose"
              aria-describedby={`${id}-v${i}`}
              disabled={readOnly}
              onClick={() => keepVersion(doc, conflict, version.value, tablet)}
            >
              Deze versie houden
            </button>
          </li>
        ))}
        {text && (
          <li class="app-conflict__version">
            <p class="app-conflict__meta" id={`${id}-merged`}>Samenvoeging (staat nu in het veld)</p>
            <p class="app-conflict__value">{formatValue(doc, field, conflict.current)}</p>
            <button
              type="button"
              class="utrecht-button utrecht-button--secondary-action app-conflict__choose"
              aria-describedby={`${id}-merged`}
              disabled={readOnly}
              onClick={() => keepMerged(doc, conflict, tablet)}
            >
              Samenvoeging houden
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}
