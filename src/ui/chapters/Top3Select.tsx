import type * as Y from 'yjs';
import type { Slot } from '../../domain/form/fieldKeys.ts';
import { top3SlotOf, type ThemeRef } from '../../domain/form/themeFields.ts';
import { ThemeSelect } from './ThemeSelect.tsx';

interface Top3SelectProps {
  doc: Y.Doc;
  slot: Slot;
  label: string;
  options: readonly ThemeRef[];
  value: string | undefined;
  onChange(themeId: string | undefined): void;
  disabled?: boolean;
}

/** A top-3 slot's theme: a theme another slot holds cannot be picked (the top 3 never hold one twice). */
export function Top3Select({ doc, slot, value, ...rest }: Top3SelectProps) {
  const heldBy = (themeId: string) => top3SlotOf(doc, themeId, slot);
  const unavailable = (themeId: string) => {
    const other = heldBy(themeId);
    return other === undefined ? undefined : `al prioriteit ${other}`;
  };
  // Two tablets may pick the same theme at the same moment: say so, rather than hide it.
  const twice = value !== undefined ? heldBy(value) : undefined;
  const warning = twice !== undefined ? `Dit thema staat ook bij prioriteit ${twice}. Kies hier een ander thema.` : undefined;
  return <ThemeSelect {...rest} value={value} unavailable={unavailable} warning={warning} />;
}
