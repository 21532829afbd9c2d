import { useId, useMemo, useState } from 'preact/hooks';
import { themeById } from '../../domain/guide/themes.ts';
import { kindsForField, phasesForField, type InspirationFieldKind } from '../../domain/inspiration/fieldPhases.ts';
import { filterExamples } from '../../domain/inspiration/filterExamples.ts';
import type { PhaseId } from '../../domain/inspiration/phases.ts';
import { ExampleList } from './ExampleList.tsx';
import { ModalShell } from './ModalShell.tsx';
import { PhaseChips } from './PhaseChips.tsx';
import { useModalDialog } from '../common/useModalDialog.ts';

export interface InspirationDialogProps {
  /** The field's label, e.g. "Preventie"; the title reads "Inspiratie voor Preventie". */
  fieldLabel: string;
  fieldKind: InspirationFieldKind;
  /** The theme of the field's slot (chapter 4); narrows to examples for it plus general ones. */
  themeId?: string;
  /** The chosen example's text. The dialog has already closed itself; unmount it. */
  onChoose(text: string): void;
  onClose(): void;
}

const countLabel = (n: number) => (n === 1 ? '1 voorbeeld' : `${n} voorbeelden`);

/** Example agreements for one form field: filter by phase and theme, search, take one over. */
export function InspirationDialog({ fieldLabel, fieldKind, themeId, onChoose, onClose }: InspirationDialogProps) {
  const modal = useModalDialog(onClose);
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [phases, setPhases] = useState<readonly PhaseId[]>(() => phasesForField(fieldKind));
  const fieldKinds = kindsForField(fieldKind);
  const [withAllActions, setWithAllActions] = useState(fieldKinds.length > 0);
  const [onlyTheme, setOnlyTheme] = useState(true);

  const examples = useMemo(
    () =>
      filterExamples({
        phases,
        kinds: withAllActions ? ['actie'] : [],
        query,
        ...(themeId && onlyTheme ? { themeId } : {}),
      }),
    [phases, withAllActions, query, themeId, onlyTheme],
  );

  // The search also looks past the filters, so "0 voorbeelden" never hides what exists elsewhere.
  const outside = useMemo(
    () => (query.trim() === '' ? 0 : filterExamples({ query }).length - examples.length),
    [query, examples],
  );
  const showEverything = () => {
    setPhases([]);
    setWithAllActions(false);
    setOnlyTheme(false);
  };

  const togglePhase = (phase: PhaseId) =>
    setPhases((current) => (current.includes(phase) ? current.filter((p) => p !== phase) : [...current, phase]));
  const themeName = themeId ? themeById(themeId)?.name : undefined;

  const toolbar = (
    <>
      <div class="inspiration-search">
        <label for={searchId} class="inspiration-label">Zoeken</label>
        <input
          id={searchId}
          type="search"
          class="inspiration-input"
          value={query}
          autoComplete="off"
          enterKeyHint="search"
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <PhaseChips
        selected={phases}
        onToggle={togglePhase}
        {...(fieldKinds.length > 0 ? { allActions: { pressed: withAllActions, onToggle: () => setWithAllActions((v) => !v) } } : {})}
      />
      {themeId && (
        // The label wraps the box, so the whole line is the touch target.
        <label class="inspiration-check">
          <input
            type="checkbox"
            class="inspiration-check__input"
            checked={onlyTheme}
            onChange={(e) => setOnlyTheme((e.currentTarget as HTMLInputElement).checked)}
          />
          Alleen voorbeelden die passen bij {themeName ? `het thema ${themeName}` : 'dit thema'}
        </label>
      )}
      <div class="inspiration-count-row">
        <p class="inspiration-count" role="status">
          {countLabel(examples.length)}
          {outside > 0 && `; buiten de gekozen filters nog ${countLabel(outside)} met “${query.trim()}”`}
        </p>
        {outside > 0 && (
          <button type="button" class="inspiration-button inspiration-button--secondary" onClick={showEverything}>
            Toon alle {countLabel(examples.length + outside)}
          </button>
        )}
      </div>
    </>
  );

  return (
    <ModalShell
      title={`Inspiratie voor ${fieldLabel}`}
      dialogRef={modal.dialogRef}
      headingRef={modal.headingRef}
      onCancel={modal.onCancel}
      onKeyDown={modal.onKeyDown}
      onCloseClick={modal.requestClose}
      toolbar={toolbar}
    >
      <ExampleList examples={examples} onChoose={(example) => modal.finish(() => onChoose(example.text))} />
    </ModalShell>
  );
}

export default InspirationDialog;
