/** Type sizes of the printout; line heights leave room for DejaVu's ascent and descent. */
export interface TextStyle {
  fontSize: number;
  bold: boolean;
  muted: boolean;
  lineHeight: number;
}

const style = (fontSize: number, lineHeight: number, bold = false, muted = false): TextStyle => ({
  fontSize,
  bold,
  muted,
  lineHeight,
});

export const STYLES = {
  title: style(17, 23, true),
  subtitle: style(12, 17, false, true),
  heading: style(14, 20, true),
  subheading: style(11.5, 16, true),
  label: style(10, 14, true),
  prompt: style(9.5, 13, false, true),
  body: style(10.5, 14.5),
  tableHeader: style(10, 14, true),
  footer: style(8.5, 11, false, true),
} as const satisfies Record<string, TextStyle>;

export type StyleName = keyof typeof STYLES;

/** Baseline within a line slot: DejaVu's glyphs (ascent .93em, descent .24em) centred in it. */
export function baselineOffset(style: TextStyle, lineHeight: number): number {
  return lineHeight / 2 + style.fontSize * 0.35;
}

/** Distance between the ruled lines of an empty field: roomy enough to write on. */
export const OPEN_LINE_PITCH = 22;
