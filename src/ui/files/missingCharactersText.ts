import type { MissingCharacters } from '../../pdf/fallback/missingCharacters.ts';

const SHOWN = 40;
const MARK = /\p{M}/u;
const INVISIBLE_OR_PRIVATE = /[\p{Co}\p{Cn}\p{Cs}]/u;

/** One character as a person can recognise it: a lone mark on a dotted circle, a private-use one by its number. */
function shown(char: string): string {
  if (MARK.test(char)) return `\u25cc${char}`;
  if (INVISIBLE_OR_PRIVATE.test(char)) return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return char;
}

/** "日 本 語" — at most 40, then how many more. */
export function characterList(chars: string): string {
  const all = [...chars];
  const list = all.slice(0, SHOWN).map(shown).join(' ');
  return all.length > SHOWN ? `${list} … en nog ${all.length - SHOWN}` : list;
}

export interface MissingCharactersText {
  title: string;
  /** One sentence per reason, each with its characters. */
  reasons: Array<{ text: string; characters: string }>;
  consequence: string;
}

/** What the person is told before export when the PDF cannot print every character. */
export function missingCharactersText(missing: MissingCharacters): MissingCharactersText {
  const reasons: MissingCharactersText['reasons'] = [];
  if (missing.offline) reasons.push({ text: 'Deze tekens kunnen niet worden afgedrukt zonder internet:', characters: characterList(missing.offline) });
  if (missing.unsupported) reasons.push({ text: 'Deze tekens kan de app niet afdrukken:', characters: characterList(missing.unsupported) });
  return {
    title: 'Niet alle tekens kunnen in de PDF',
    reasons,
    consequence: missing.offline
      ? 'Maak verbinding met internet en probeer het opnieuw. Maakt u de PDF nu, dan staat er een vraagteken (?) op de plaats van deze tekens. Uw gesprek blijft zoals het is.'
      : 'Maakt u de PDF toch, dan staat er een vraagteken (?) op de plaats van deze tekens. Uw gesprek blijft zoals het is.',
  };
}
