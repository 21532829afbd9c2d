import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { REFERENCE_TITLES, type ReferenceTopic } from '../../domain/reference/topicTitles.ts';
import type { ReferencePanelProps } from '../inspiration/ReferencePanel.tsx';

const loadPanel = () => import('../inspiration/ReferencePanel.tsx').then((m) => m.ReferencePanel);

/** Opens one reference panel (fasekaartje, legislation, privacy, calamities) as a dialog. */
export function ReferenceButton({ topic }: { topic: ReferenceTopic }) {
  const [Panel, setPanel] = useState<ComponentType<ReferencePanelProps> | undefined>();
  return (
    <>
      <button
        type="button"
        class="utrecht-button utrecht-button--secondary-action app-reference-button"
        onClick={() => void loadPanel().then((component) => setPanel(() => component), () => undefined)}
      >
        {REFERENCE_TITLES[topic]}
      </button>
      {Panel && <Panel topic={topic} onClose={() => setPanel(undefined)} />}
    </>
  );
}

export function ReferenceRow({ topics }: { topics: readonly ReferenceTopic[] }) {
  return (
    <div class="app-button-row app-reference-row" role="group" aria-label="Naslag">
      {topics.map((topic) => (
        <ReferenceButton key={topic} topic={topic} />
      ))}
    </div>
  );
}
