/**
 * Hands a file to the person: on a touch tablet the share sheet (so the PDF viewer, Mail or Files
 * can take it), elsewhere an ordinary download. One rule for every file the app makes.
 */
export async function offerFile(file: File): Promise<void> {
  if (isTouchTablet() && navigator.canShare?.({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title: file.name });
      return;
    } catch (error) {
      // The person closed the share sheet: that is a choice, not a failure.
      if (error instanceof DOMException && error.name === 'AbortError') return;
    }
  }
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A tablet or phone: the primary pointer is a finger (an iPad reports a coarse pointer too). */
export function isTouchTablet(): boolean {
  return window.matchMedia?.('(pointer: coarse)').matches ?? navigator.maxTouchPoints > 0;
}
