import type { Example, ExampleKind } from './example.ts';
import { EXAMPLES } from './examples/index.ts';
import { SOURCE_NAMES } from './exampleSources.ts';
import { foldForSearch, searchWords } from './normalizeSearch.ts';
import { PHASE_LABELS, type PhaseId } from './phases.ts';

export interface ExampleFilter {
  /** Keep examples in one of these phases. With `kinds`, either one is enough. */
  phases?: readonly PhaseId[];
  /** Keep examples of one of these kinds, whatever their phase. */
  kinds?: readonly ExampleKind[];
  /** Keep examples tagged with this theme, and untagged ones (they fit every theme). */
  themeId?: string;
  /** Every word must occur in the text, the phase label or the source name. */
  query?: string;
}

/** Folded once: the search runs on every keystroke. */
const haystacks = new WeakMap<Example, string>();

function haystack(example: Example): string {
  let folded = haystacks.get(example);
  if (folded === undefined) {
    folded = foldForSearch(`${example.text} ${PHASE_LABELS[example.phase]} ${SOURCE_NAMES[example.source]}`);
    haystacks.set(example, folded);
  }
  return folded;
}

function inScope(example: Example, phases: readonly PhaseId[], kinds: readonly ExampleKind[]): boolean {
  // No phase and no kind chosen means no restriction, not an empty list.
  if (phases.length === 0 && kinds.length === 0) return true;
  return phases.includes(example.phase) || kinds.includes(example.kind);
}

function fitsTheme(example: Example, themeId: string | undefined): boolean {
  return !themeId || !example.themes || example.themes.includes(themeId);
}

/** The examples that pass every given filter, in library order. */
export function filterExamples(filter: ExampleFilter, examples: readonly Example[] = EXAMPLES): Example[] {
  const phases = filter.phases ?? [];
  const kinds = filter.kinds ?? [];
  const words = searchWords(filter.query ?? '');
  return examples.filter(
    (example) =>
      inScope(example, phases, kinds) &&
      fitsTheme(example, filter.themeId) &&
      words.every((word) => haystack(example).includes(word)),
  );
}
