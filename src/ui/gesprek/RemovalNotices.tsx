import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useId, useRef, useState } from 'preact/hooks';
import type { GesprekUndo } from '../../state/gesprekUndo.ts';
import { RemovalContext, type Removal } from './removalContext.ts';
import './undo.css';

/** How long "… verwijderd" stays; longer while the person is at it (focus or pointer). */
export const NOTICE_MS = 15_000;

interface Notice {
  message: string;
  takeBack: () => void;
}

/**
 * Gives every removal in the gesprek a message "… verwijderd" with "Ongedaan maken". The
 * message lives in a status region (announced, never taking focus) placed early in the page,
 * so the keyboard reaches it right after the header.
 */
export function RemovalNotices({ undo, children }: { undo: GesprekUndo; children: ComponentChildren }) {
  const [notice, setNotice] = useState<Notice>();
  const region = useRef<HTMLDivElement>(null);
  const hovered = useRef(false);
  const textId = useId();

  const announce = useCallback(
    ({ message, remove, restore }: Removal) => {
      if (!remove()) return;
      const step = undo.latestStep();
      setNotice({
        message,
        takeBack: () => {
          // Undo the very step when it is still the latest; otherwise put the thing back as a new edit.
          if (!step || !undo.undoStep(step)) restore();
          setNotice(undefined);
        },
      });
    },
    [undo],
  );

  useEffect(() => {
    if (!notice) return;
    let timer: ReturnType<typeof setTimeout>;
    const expire = () => {
      const busy = hovered.current || region.current?.contains(document.activeElement);
      if (busy) timer = setTimeout(expire, NOTICE_MS);
      else setNotice(undefined);
    };
    timer = setTimeout(expire, NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  return (
    <RemovalContext.Provider value={announce}>
      <div
        class="app-removal-notices"
        role="status"
        ref={region}
        onMouseEnter={() => (hovered.current = true)}
        onMouseLeave={() => (hovered.current = false)}
      >
        {notice && (
          <div class="utrecht-alert utrecht-alert--info app-removal-notice">
            <p class="app-removal-notice__text" id={textId}>{notice.message}</p>
            {/* Described by the message, so it is told apart from the header's "Ongedaan maken". */}
            <button type="button" class="utrecht-button utrecht-button--secondary-action" aria-describedby={textId} onClick={notice.takeBack}>
              Ongedaan maken
            </button>
          </div>
        )}
      </div>
      {children}
    </RemovalContext.Provider>
  );
}
