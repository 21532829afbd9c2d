/**
 * Cursive joining for Arabic and N'Ko: which positional form (isol/init/medi/fina) each letter
 * takes. The state machine is HarfBuzz's, as ported by fontkit's ArabicShaper; joining types
 * are Unicode's ArabicShaping.txt, for the letters DejaVu Sans has.
 */

const NON_JOINING = 0;
const RIGHT_JOINING = 2;
const DUAL_JOINING = 3;
const TRANSPARENT = 6;

// [first, last, joining type]; U+0640 TATWEEL and U+200D ZWJ join on both sides.
const JOINING_RANGES: ReadonlyArray<readonly [number, number, number]> = [
  [0x0622, 0x0625, RIGHT_JOINING],
  [0x0626, 0x0626, DUAL_JOINING],
  [0x0627, 0x0627, RIGHT_JOINING],
  [0x0628, 0x0628, DUAL_JOINING],
  [0x0629, 0x0629, RIGHT_JOINING],
  [0x062a, 0x062e, DUAL_JOINING],
  [0x062f, 0x0632, RIGHT_JOINING],
  [0x0633, 0x063a, DUAL_JOINING],
  [0x0640, 0x0647, DUAL_JOINING],
  [0x0648, 0x0648, RIGHT_JOINING],
  [0x0649, 0x064a, DUAL_JOINING],
  [0x066e, 0x066f, DUAL_JOINING],
  [0x0679, 0x0687, DUAL_JOINING],
  [0x0688, 0x0699, RIGHT_JOINING],
  [0x069a, 0x06bf, DUAL_JOINING],
  [0x06c6, 0x06c8, RIGHT_JOINING],
  [0x06cb, 0x06cb, RIGHT_JOINING],
  [0x06cc, 0x06cc, DUAL_JOINING],
  [0x06ce, 0x06ce, DUAL_JOINING],
  [0x06d0, 0x06d0, DUAL_JOINING],
  [0x06d5, 0x06d5, RIGHT_JOINING],
  [0x07ca, 0x07e7, DUAL_JOINING],
  [0x07fa, 0x07fa, DUAL_JOINING],
  [0x200d, 0x200d, DUAL_JOINING],
];

const TRANSPARENT_CATEGORY = /^[\p{Mn}\p{Me}\p{Cf}]$/u;

function joiningType(codePoint: number): number {
  for (const [first, last, type] of JOINING_RANGES) if (codePoint >= first && codePoint <= last) return type;
  return TRANSPARENT_CATEGORY.test(String.fromCodePoint(codePoint)) ? TRANSPARENT : NON_JOINING;
}

type Form = 'isol' | 'fina' | 'fin2' | 'fin3' | 'medi' | 'med2' | 'init' | null;

// [action on the previous letter, action on this letter, next state], by state and joining type
// (non-joining, left, right, dual, ALAPH, DALATH RISH).
const STATES: ReadonlyArray<ReadonlyArray<readonly [Form, Form, number]>> = [
  [[null, null, 0], [null, 'isol', 2], [null, 'isol', 1], [null, 'isol', 2], [null, 'isol', 1], [null, 'isol', 6]],
  [[null, null, 0], [null, 'isol', 2], [null, 'isol', 1], [null, 'isol', 2], [null, 'fin2', 5], [null, 'isol', 6]],
  [[null, null, 0], [null, 'isol', 2], ['init', 'fina', 1], ['init', 'fina', 3], ['init', 'fina', 4], ['init', 'fina', 6]],
  [[null, null, 0], [null, 'isol', 2], ['medi', 'fina', 1], ['medi', 'fina', 3], ['medi', 'fina', 4], ['medi', 'fina', 6]],
  [[null, null, 0], [null, 'isol', 2], ['med2', 'isol', 1], ['med2', 'isol', 2], ['med2', 'fin2', 5], ['med2', 'isol', 6]],
  [[null, null, 0], [null, 'isol', 2], ['isol', 'isol', 1], ['isol', 'isol', 2], ['isol', 'fin2', 5], ['isol', 'isol', 6]],
  [[null, null, 0], [null, 'isol', 2], [null, 'isol', 1], [null, 'isol', 2], [null, 'fin3', 5], [null, 'isol', 6]],
];

/** The positional form feature for each glyph (by its first code point), null for none. */
export function joiningForms(firstCodePoints: readonly number[]): Form[] {
  const forms: Form[] = firstCodePoints.map(() => null);
  let previous = -1;
  let state = 0;
  firstCodePoints.forEach((codePoint, i) => {
    const type = joiningType(codePoint);
    if (type === TRANSPARENT) return;
    const [previousForm, form, next] = STATES[state]?.[type] ?? [null, null, 0];
    if (previousForm !== null && previous !== -1) forms[previous] = previousForm;
    forms[i] = form;
    state = next;
    previous = i;
  });
  return forms;
}
