import type { ComponentChildren, RefObject } from 'preact';
import { useId } from 'preact/hooks';
import './inspiration.css';

interface ModalShellProps {
  title: string;
  dialogRef: RefObject<HTMLDialogElement>;
  headingRef: RefObject<HTMLHeadingElement>;
  onCancel(event: Event): void;
  onKeyDown(event: KeyboardEvent): void;
  onCloseClick(): void;
  /** Search and filters above the content; they scroll with it, so short screens keep room for results. */
  toolbar?: ComponentChildren;
  /** Text-only content: make the scrolling body itself focusable so a keyboard can scroll it. */
  focusableBody?: boolean;
  children: ComponentChildren;
}

/** The frame shared by the inspiration dialog and the reference panels: title, "Sluiten", body. */
export function ModalShell(props: ModalShellProps) {
  const titleId = useId();
  return (
    <dialog
      ref={props.dialogRef}
      class="inspiration-dialog"
      aria-labelledby={titleId}
      onCancel={props.onCancel}
      onKeyDown={props.onKeyDown}
    >
      <div class="inspiration-dialog__header">
        <h2 id={titleId} ref={props.headingRef} class="inspiration-dialog__title" tabIndex={-1}>
          {props.title}
        </h2>
        <button type="button" class="inspiration-button inspiration-button--secondary" onClick={props.onCloseClick}>
          Sluiten
        </button>
      </div>
      <div
        class="inspiration-dialog__body"
        {...(props.focusableBody ? { tabIndex: 0, role: 'region', 'aria-labelledby': titleId } : {})}
      >
        {props.toolbar && <div class="inspiration-dialog__toolbar">{props.toolbar}</div>}
        {props.children}
      </div>
    </dialog>
  );
}
