import type * as Y from 'yjs';
import type { SectionSlug } from '../routing/parseRoute.ts';
import { AgreementsChapter } from '../chapters/AgreementsChapter.tsx';
import { ClosingChapter } from '../chapters/ClosingChapter.tsx';
import { ContactsChapter } from '../chapters/ContactsChapter.tsx';
import { EvaluationChapter } from '../chapters/EvaluationChapter.tsx';
import { FlowchartChapter } from '../chapters/FlowchartChapter.tsx';
import { InventoryChapter } from '../chapters/InventoryChapter.tsx';

interface ChapterContentProps {
  doc: Y.Doc;
  gesprekId: string;
  section: SectionSlug;
  readOnly: boolean;
}

export function ChapterContent({ doc, gesprekId, section, readOnly }: ChapterContentProps) {
  switch (section) {
    case 'contactpersonen':
      return <ContactsChapter doc={doc} readOnly={readOnly} />;
    case 'h2':
      return <FlowchartChapter doc={doc} gesprekId={gesprekId} readOnly={readOnly} />;
    case 'h3':
      return <InventoryChapter doc={doc} readOnly={readOnly} />;
    case 'h4':
      return <AgreementsChapter doc={doc} readOnly={readOnly} />;
    case 'h5':
      return <EvaluationChapter doc={doc} readOnly={readOnly} />;
    case 'h6':
      return <ClosingChapter doc={doc} gesprekId={gesprekId} readOnly={readOnly} />;
  }
}
