import { useEffect, useRef, useState } from 'preact/hooks';
import { gespreksdatum } from '../../domain/form/meta.ts';
import { flowState } from '../../domain/form/flowchartFields.ts';
import { readText } from '../../domain/form/textFields.ts';
import type { GesprekSession } from '../../state/gesprekSession.ts';
import { createPdfFile } from '../../state/pdfExport.ts';
import { readForm } from '../../domain/form/formSnapshot.ts';
import { PdfButton } from '../files/PdfButton.tsx';
import { RolePrompt } from '../sync/RolePrompt.tsx';
import { SyncActions, SyncStatusLine } from '../sync/SyncBar.tsx';
import { useGesprekSync } from '../sync/useGesprekSync.ts';
import { InsecureConnectionNotice } from '../common/InsecureConnectionNotice.tsx';
import { LoadFailed } from '../common/LoadFailed.tsx';
import { NotFound } from '../common/NotFound.tsx';
import { useDocVersion } from '../hooks/useDocVersion.ts';
import type { SectionSlug } from '../routing/parseRoute.ts';
import { ChoiceConflicts } from '../care/ChoiceConflicts.tsx';
import { ReviewButton } from '../care/ReviewButton.tsx';
import { ChapterContent } from './ChapterContent.tsx';
import { ChapterNav } from './ChapterNav.tsx';
import { GesprekHeader } from './GesprekHeader.tsx';
import { FollowUpAnnouncement } from './FollowUpAnnouncement.tsx';
import { RemovalNotices } from './RemovalNotices.tsx';
import { UndoButtons } from './UndoButtons.tsx';
import { useUndoKeys } from './useUndoKeys.ts';
import { SaveStatusLine } from './SaveStatusLine.tsx';
import { RouteFooter } from './RouteFooter.tsx';
import { chapterOfSlug, screenOfSlug } from './sectionChapters.ts';
import { screenName } from '../../domain/route/screenOrder.ts';
import { useHeaderHeight } from '../hooks/useHeaderHeight.ts';
import { usePageTitle } from '../hooks/usePageTitle.ts';
import { useGesprekSession } from './useGesprekSession.ts';
import { useKeepFieldVisible } from './useKeepFieldVisible.ts';
import { usePdfWarmUp } from './usePdfWarmUp.ts';

interface GesprekScreenProps {
  id: string;
  section: SectionSlug | undefined;
}

export function GesprekScreen({ id, section }: GesprekScreenProps) {
  const opened = useGesprekSession(id);
  if (opened.state === 'opening') return <p class="app-loading" role="status">Gesprek openen…</p>;
  if (opened.state === 'missing') return <NotFound />;
  if (opened.state === 'failed') return <LoadFailed />;
  return <OpenGesprek session={opened.session} section={section} />;
}

export function OpenGesprek({ session, section }: { session: GesprekSession; section: SectionSlug | undefined }) {
  const { doc, id, readOnly } = session;
  useDocVersion(doc);
  useKeepFieldVisible();
  useUndoKeys(session.undo);
  usePdfWarmUp();
  const sync = useGesprekSync(session);
  const outcome = flowState(doc).outcome;
  // Without a section in the address, start where the conversation starts; decided once on open.
  const [defaultSection] = useState<SectionSlug>(() => (outcome ? 'contactpersonen' : 'h2'));
  const current: SectionSlug = section ?? defaultSection;
  const chapter = chapterOfSlug(current);
  const outsideRoute = chapter !== undefined && chapter !== 2 && outcome !== undefined && !outcome.chapters.includes(chapter);
  const mainRef = useRef<HTMLElement>(null);
  const route = outcome?.chapters ?? [];
  const schoolName = readText(doc, 'contact.school.naamSchool').trim();
  usePageTitle(screenName(screenOfSlug(current)), schoolName || 'Naamloos gesprek');
  useHeaderHeight('.app-gesprek-header');

  useEffect(() => sync.setScreen(current), [sync, current]);

  // A new chapter starts at its top, with focus on its heading for screen readers.
  useEffect(() => {
    const heading = mainRef.current?.querySelector<HTMLElement>('h1');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [current]);

  return (
    <div class="app-gesprek">
      <GesprekHeader
        schoolName={schoolName}
        date={gespreksdatum(doc)}
        status={
          <>
            <SaveStatusLine persistence={session.persistence} />
            <SyncStatusLine sync={sync} />
          </>
        }
        review={<ReviewButton doc={doc} gesprekId={id} />}
        actions={
          <>
            <UndoButtons undo={session.undo} />
            <SyncActions sync={sync} />
            <PdfButton makeFile={(confirmMissing) => createPdfFile(readForm(doc), confirmMissing)} />
          </>
        }
      />
      <RemovalNotices undo={session.undo}>
      <div class="app-gesprek__body">
        <ChapterNav gesprekId={id} current={current} route={route} />
        <main id="main" class="app-gesprek__main" ref={mainRef}>
          <InsecureConnectionNotice />
          <RolePrompt sync={sync} />
          <FollowUpAnnouncement session={session} />
          {readOnly && (
            <div class="utrecht-alert utrecht-alert--warning" role="status">
              Dit gesprek is gemaakt met een nieuwere versie van de app. U kunt het lezen, maar niet wijzigen. Werk de app bij.
            </div>
          )}
          {outsideRoute && (
            <div class="utrecht-alert utrecht-alert--info" role="note">
              Dit hoofdstuk hoort niet bij de route die u in hoofdstuk 2 koos.
            </div>
          )}
          <ChoiceConflicts doc={doc} section={current} readOnly={readOnly} />
          <ChapterContent doc={doc} gesprekId={id} section={current} readOnly={readOnly} />
          <RouteFooter gesprekId={id} current={screenOfSlug(current)} route={route} />
        </main>
      </div>
      </RemovalNotices>
    </div>
  );
}
