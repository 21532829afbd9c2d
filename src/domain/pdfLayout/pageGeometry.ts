/** A4 portrait in PDF points (1/72 inch), with a wider left margin for binding or punching. */
export const PAGE = { width: 595.28, height: 841.89 } as const;

const MM = 72 / 25.4;

/** The area anything may be drawn in: inside the margins, footer included. */
export const PRINTABLE = {
  left: 25 * MM,
  right: PAGE.width - 15 * MM,
  top: 15 * MM,
  bottom: PAGE.height - 10 * MM,
} as const;

/** The footer band ("Pagina X van Y") sits at the bottom of the printable area. */
export const FOOTER = { top: PRINTABLE.bottom - 14, bottom: PRINTABLE.bottom } as const;

/** Where the form's content flows: the printable area above the footer band. */
export const CONTENT = {
  left: PRINTABLE.left,
  right: PRINTABLE.right,
  top: PRINTABLE.top,
  bottom: FOOTER.top - 10,
  width: PRINTABLE.right - PRINTABLE.left,
} as const;
