import { useCallback, useEffect, useRef } from 'preact/hooks';

function show(dialog: HTMLDialogElement): void {
  if (dialog.open) return;
  // jsdom and old WebViews have no showModal: then the dialog is simply shown in place.
  if (typeof dialog.showModal === 'function') {
    try {
      dialog.showModal();
      return;
    } catch {
      // Not connected yet or already open elsewhere: fall through to the attribute.
    }
  }
  dialog.setAttribute('open', '');
}

function hide(dialog: HTMLDialogElement): void {
  if (typeof dialog.close === 'function') dialog.close();
  else dialog.removeAttribute('open');
}

/**
 * Opens a native <dialog> modally on mount and releases it on unmount. Escape (keydown or the
 * dialog's own cancel) asks the parent to close, once. `release` closes the dialog early, so
 * the page behind is no longer inert and the parent can focus a field before unmounting us.
 */
export function useModalDialog(onClose: () => void) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  const done = useRef(false);

  const release = useCallback(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const active = dialog.ownerDocument.activeElement;
    const focusWasInside = !active || active === dialog.ownerDocument.body || dialog.contains(active);
    if (dialog.open) hide(dialog);
    // Give focus back to the button that opened us, unless the parent already moved it on.
    const opener = openerRef.current;
    if (focusWasInside && opener?.isConnected) opener.focus();
  }, []);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const active = dialog.ownerDocument.activeElement;
    openerRef.current = active instanceof HTMLElement ? active : null;
    show(dialog);
    // Start at the title: announced by screen readers, and no on-screen keyboard pops up.
    headingRef.current?.focus();
    return release;
  }, [release]);

  const requestClose = useCallback(() => {
    if (done.current) return;
    done.current = true;
    release();
    onClose();
  }, [onClose, release]);

  const onCancel = useCallback(
    (event: Event) => {
      event.preventDefault();
      requestClose();
    },
    [requestClose],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      requestClose();
    },
    [requestClose],
  );

  /** For a final choice: release the dialog, then hand over (the parent unmounts us). */
  const finish = useCallback(
    (handOver: () => void) => {
      if (done.current) return;
      done.current = true;
      release();
      handOver();
    },
    [release],
  );

  return { dialogRef, headingRef, requestClose, finish, onCancel, onKeyDown };
}
