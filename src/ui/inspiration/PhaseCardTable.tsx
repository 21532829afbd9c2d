import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { PROBLEM_COLUMNS, SEVERITY_PHASES, type SeverityPhase } from '../../domain/reference/phaseCard.ts';

const span = PROBLEM_COLUMNS.length;

/** Lets "(ortho)pedagogisch" break after "(ortho)", so the table fits a tablet held upright. */
function breakable(text: string) {
  const parts = text.split('(ortho)');
  return parts.flatMap((part, i) => (i === 0 ? [part] : [<>(ortho)<wbr /></>, part]));
}

function Lines({ items }: { items: readonly string[] }) {
  return (
    <ul class="inspiration-plain-list">
      {items.map((item) => (
        <li key={item}>{breakable(item)}</li>
      ))}
    </ul>
  );
}

/** A row that spans the problem columns; the hidden phase number keeps the row header unambiguous. */
function SpanningRow({ label, phase, children }: { label: string; phase: SeverityPhase; children: ComponentChildren }) {
  return (
    <tr class="inspiration-phase-card__detail">
      <th scope="row">
        {label}
        <span class="inspiration-visually-hidden"> (fase {phase.number})</span>
      </th>
      <td colSpan={span}>{children}</td>
    </tr>
  );
}

/** NJi's fasekaartje as a real table: phases down, kinds of problem across. */
export function PhaseCardTable() {
  const captionId = useId();
  return (
    // A focusable scroll region, so the wide table can be scrolled by keyboard too.
    <div class="inspiration-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table class="inspiration-phase-card">
        <caption id={captionId}>Fasekaartje: ernst van de problematiek per soort probleem</caption>
        <thead>
          <tr>
            <th scope="col">Ernst van de problematiek</th>
            {PROBLEM_COLUMNS.map((column) => (
              <th key={column.id} scope="col">{column.label}</th>
            ))}
          </tr>
        </thead>
        {SEVERITY_PHASES.map((phase) => (
          <tbody key={phase.number} class="inspiration-phase-card__phase">
            <tr>
              <th scope="row" class="inspiration-phase-card__phase-title">
                Fase {phase.number}: {phase.title}
                <span class="inspiration-phase-card__picture">{phase.picture}</span>
              </th>
              {PROBLEM_COLUMNS.map((column) => (
                <td key={column.id}>
                  <Lines items={phase.responses[column.id]} />
                </td>
              ))}
            </tr>
            <SpanningRow label="Bedreigende factoren" phase={phase}>
              <Lines items={phase.threatening} />
            </SpanningRow>
            <SpanningRow label="Beschermende factoren" phase={phase}>
              <Lines items={phase.protective} />
            </SpanningRow>
            <SpanningRow label={`Grens aan fase ${phase.number}`} phase={phase}>
              {phase.border}
            </SpanningRow>
          </tbody>
        ))}
      </table>
    </div>
  );
}
