import type * as Y from 'yjs';
import { AGREEMENT_FIELDS } from './agreementFields.ts';
import { SLOTS, type AgreementPart, type Slot, type TextKey } from './fieldKeys.ts';
import { readText } from './textFields.ts';
import { allThemes, chosenThemes, top3, type ThemeRef } from './themeFields.ts';

/**
 * Where a theme's agreements are stored. The top 3 keep the slot keys they always had
 * (`afspraak.<slot>.<part>`), so gesprekken from before lose nothing and older app versions
 * still read them; every other theme has keys of its own (`afspraak.thema.<themeId>.<part>`).
 */
export type AgreementOwner = { kind: 'slot'; slot: Slot } | { kind: 'theme'; themeId: string };

/** One entry of chapter 4's theme chooser. */
export interface AgreementTheme {
  owner: AgreementOwner;
  /** Undefined for a top-3 slot that has no theme yet. */
  theme?: ThemeRef;
  /** False when the theme was unticked in 3.1 after agreements were written for it: kept and shown, marked. */
  chosen: boolean;
}

export function agreementPartKey(owner: AgreementOwner, part: AgreementPart): TextKey {
  return owner.kind === 'slot' ? `afspraak.${owner.slot}.${part}` : `afspraak.thema.${owner.themeId}.${part}`;
}

export function ownerHasText(doc: Y.Doc, owner: AgreementOwner): boolean {
  return AGREEMENT_FIELDS.some((f) => readText(doc, agreementPartKey(owner, f.part)).trim() !== '');
}

/** Ids of the themes ticked in 3.1; empty when chapter 3 was skipped (then any theme may be in the top 3). */
const chosenIds = (doc: Y.Doc) => new Set(chosenThemes(doc).map((t) => t.id));

/** The three top-3 slots, in order, each with its theme if one is set. */
export function top3AgreementThemes(doc: Y.Doc): AgreementTheme[] {
  const chosen = chosenIds(doc);
  const themes = top3(doc);
  return SLOTS.map((slot, i) => {
    const theme = themes[i];
    const owner: AgreementOwner = { kind: 'slot', slot };
    if (!theme) return { owner, chosen: true };
    return { owner, theme, chosen: chosen.size === 0 || chosen.has(theme.id) };
  });
}

/**
 * "Overige thema's": every chosen theme outside the top 3 in the guide's order, then any other
 * theme that still holds agreements of its own (unticked later, or moved into the top 3), so no
 * written word drops out of sight. `inTop3` marks the last kind, shown within its top-3 slot.
 */
export function otherAgreementThemes(doc: Y.Doc): Array<AgreementTheme & { inTop3: boolean }> {
  const chosen = chosenIds(doc);
  const topIds = new Set(top3(doc).flatMap((t) => (t ? [t.id] : [])));
  const withText = (t: ThemeRef) => ownerHasText(doc, { kind: 'theme', themeId: t.id });
  const entry = (theme: ThemeRef) => ({
    owner: { kind: 'theme', themeId: theme.id } as const,
    theme,
    chosen: chosen.has(theme.id),
    inTop3: topIds.has(theme.id),
  });
  const listed = chosenThemes(doc).filter((t) => !topIds.has(t.id));
  const listedIds = new Set(listed.map((t) => t.id));
  const kept = allThemes(doc).filter((t) => !listedIds.has(t.id) && withText(t));
  return [...listed, ...kept].map(entry);
}

/** Whether unticking this theme in 3.1 would hide agreements from the list: the reason to ask first. */
export function themeHasAgreements(doc: Y.Doc, themeId: string): boolean {
  const inSlots = top3AgreementThemes(doc).some((a) => a.theme?.id === themeId && ownerHasText(doc, a.owner));
  return inSlots || ownerHasText(doc, { kind: 'theme', themeId });
}
