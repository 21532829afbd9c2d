import { useId } from 'preact/hooks';
import type { Example } from '../../domain/inspiration/example.ts';
import { KIND_LABELS } from '../../domain/inspiration/example.ts';
import { SOURCE_NAMES } from '../../domain/inspiration/exampleSources.ts';
import { PHASE_LABELS } from '../../domain/inspiration/phases.ts';

export const EMPTY_MESSAGE = 'Geen voorbeelden gevonden. Pas de zoekterm of de filters aan.';

interface ExampleListProps {
  examples: readonly Example[];
  onChoose(example: Example): void;
}

/** The matching examples, each with its text, small print (kind, phase, source) and "Overnemen". */
export function ExampleList({ examples, onChoose }: ExampleListProps) {
  const prefix = useId();
  if (examples.length === 0) return <p class="inspiration-empty">{EMPTY_MESSAGE}</p>;
  return (
    <ul class="inspiration-examples">
      {examples.map((example) => {
        const textId = `${prefix}-${example.id}-text`;
        const buttonId = `${prefix}-${example.id}-button`;
        return (
          <li key={example.id} class="inspiration-example">
            <div>
              <p id={textId} class="inspiration-example__text">{example.text}</p>
              <p class="inspiration-example__meta">
                {KIND_LABELS[example.kind]} · {PHASE_LABELS[example.phase]} · Bron: {SOURCE_NAMES[example.source]}
              </p>
            </div>
            {/* Named "Overnemen <text>", so each of the many buttons is unique to a screen reader. */}
            <button
              id={buttonId}
              type="button"
              class="inspiration-button inspiration-button--primary"
              aria-labelledby={`${buttonId} ${textId}`}
              onClick={() => onChoose(example)}
            >
              Overnemen
            </button>
          </li>
        );
      })}
    </ul>
  );
}
