import { useId } from 'preact/hooks';
import { PHASE_IDS, PHASE_LABELS, type PhaseId } from '../../domain/inspiration/phases.ts';

interface PhaseChipsProps {
  selected: readonly PhaseId[];
  onToggle(phase: PhaseId): void;
  /** Shown for the action list: a chip that adds every action, whatever its phase. */
  allActions?: { pressed: boolean; onToggle(): void };
}

/** Toggle buttons per phase; none pressed means no phase filter. */
export function PhaseChips({ selected, onToggle, allActions }: PhaseChipsProps) {
  const legendId = useId();
  return (
    <div class="inspiration-chips" role="group" aria-labelledby={legendId}>
      <span id={legendId} class="inspiration-chips__legend">Fase</span>
      {PHASE_IDS.map((phase) => (
        <button
          key={phase}
          type="button"
          class="inspiration-chip"
          aria-pressed={selected.includes(phase)}
          onClick={() => onToggle(phase)}
        >
          {PHASE_LABELS[phase]}
        </button>
      ))}
      {allActions && (
        <button type="button" class="inspiration-chip" aria-pressed={allActions.pressed} onClick={allActions.onToggle}>
          Alle acties
        </button>
      )}
    </div>
  );
}
