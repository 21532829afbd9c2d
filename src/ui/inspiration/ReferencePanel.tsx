import { FIRST_SIGNALS } from '../../domain/reference/firstSignals.ts';
import { PHASE_CARD_SOURCE } from '../../domain/reference/phaseCard.ts';
import { INFO_PANELS, referenceTitle, type ReferenceTopic } from '../../domain/reference/topics.ts';
import { InfoPanelBody } from './InfoPanelBody.tsx';
import { ModalShell } from './ModalShell.tsx';
import { PhaseCardTable } from './PhaseCardTable.tsx';
import { SourceList } from './SourceList.tsx';
import { useModalDialog } from '../common/useModalDialog.ts';

export interface ReferencePanelProps {
  topic: ReferenceTopic;
  onClose(): void;
}

function HoeErgBody() {
  return (
    <div class="inspiration-info">
      <p class="inspiration-lead">
        Schat samen in hoe ernstig de signalen zijn: in welke fase zit de leerling, gaat het om een probleem op
        school, in de samenleving of beide, en wat vergroot of verkleint het risico?
      </p>
      <PhaseCardTable />
      <section>
        <h3 class="inspiration-subtitle">Eerste signalen in en om de school</h3>
        <ul class="inspiration-signals">
          {FIRST_SIGNALS.map((signal) => (
            <li key={signal}>{signal}</li>
          ))}
        </ul>
      </section>
      <SourceList sources={[PHASE_CARD_SOURCE]} />
    </div>
  );
}

/** Reference while talking: the fasekaartje ("Hoe erg is het?") or one of the guide's info boxes. */
export function ReferencePanel({ topic, onClose }: ReferencePanelProps) {
  const modal = useModalDialog(onClose);
  return (
    <ModalShell
      title={referenceTitle(topic)}
      dialogRef={modal.dialogRef}
      headingRef={modal.headingRef}
      onCancel={modal.onCancel}
      onKeyDown={modal.onKeyDown}
      onCloseClick={modal.requestClose}
      focusableBody
    >
      {topic === 'hoe-erg' ? <HoeErgBody /> : <InfoPanelBody panel={INFO_PANELS[topic]} />}
    </ModalShell>
  );
}

export default ReferencePanel;
