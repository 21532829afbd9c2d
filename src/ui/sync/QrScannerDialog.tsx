import { useEffect, useRef, useState } from 'preact/hooks';
import { isSecureConnection } from '../../pwa/secureContext.ts';
import { NEEDS_HTTPS } from '../common/needsSecureConnection.ts';
import { createQrReader } from './decodeQr.ts';

interface QrScannerDialogProps {
  /** Called with the text of the first QR code seen. */
  onFound(text: string): void;
  onClose(): void;
}

/** Reads the other tablet's QR code with the camera, inside the app (so an installed app keeps its own storage). */
export function QrScannerDialog({ onFound, onClose }: QrScannerDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const videoRef = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<string | undefined>();

  useEffect(() => {
    dialogRef.current?.showModal?.();
    let stream: MediaStream | undefined;
    let stopped = false;
    const read = createQrReader();
    const scan = async () => {
      const video = videoRef.current;
      if (stopped || !video) return;
      const text = video.readyState >= 2 ? await read(video) : undefined;
      if (text) onFound(text);
      else setTimeout(() => void scan(), 250);
    };
    if (!isSecureConnection()) {
      setProblem(NEEDS_HTTPS.camera);
      return;
    }
    if (!navigator.mediaDevices?.getUserMedia) {
      setProblem('Deze browser kan de camera niet gebruiken. Open de link die de andere tablet deelt.');
      return;
    }
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false }).then(
      async (media) => {
        stream = media;
        if (stopped || !videoRef.current) return media.getTracks().forEach((t) => t.stop());
        videoRef.current.srcObject = media;
        await videoRef.current.play().catch(() => undefined);
        void scan();
      },
      () => setProblem('De camera kan niet worden gebruikt. Sta de camera toe voor deze app, of open de link die de andere tablet deelt.'),
    );
    return () => {
      stopped = true;
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, [onFound]);

  return (
    <dialog ref={dialogRef} class="app-dialog" aria-labelledby="scan-title" onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <h2 id="scan-title" class="app-dialog__title">QR-code scannen</h2>
      <p>Richt de camera op de QR-code die de andere tablet toont bij "Delen".</p>
      {problem ? (
        <div class="utrecht-alert utrecht-alert--error" role="alert">{problem}</div>
      ) : (
        <video ref={videoRef} class="app-scanner__video" muted playsInline aria-label="Camerabeeld" />
      )}
      <div class="app-button-row app-dialog__footer">
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={onClose}>Sluiten</button>
      </div>
    </dialog>
  );
}
