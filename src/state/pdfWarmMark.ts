/** The User Timing mark the PDF warm-up sets when it is done: the bench (P7) waits for it before its "cold" tap. */
export const PDF_WARM_MARK = 'pdf-warm';
