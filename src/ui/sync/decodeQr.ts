import jsQR from 'jsqr';

interface Detector {
  detect(source: CanvasImageSource): Promise<Array<{ rawValue: string }>>;
}
type DetectorConstructor = new (options: { formats: string[] }) => Detector;

/** The browser's own QR reader where it has one (Android, recent Safari), else a small JS decoder. */
export function createQrReader(): (frame: HTMLVideoElement | HTMLCanvasElement) => Promise<string | undefined> {
  const Native = (globalThis as { BarcodeDetector?: DetectorConstructor }).BarcodeDetector;
  if (Native) {
    const detector = new Native({ formats: ['qr_code'] });
    return async (frame) => (await detector.detect(frame).catch(() => []))[0]?.rawValue;
  }
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return async (frame) => {
    const width = frame instanceof HTMLVideoElement ? frame.videoWidth : frame.width;
    const height = frame instanceof HTMLVideoElement ? frame.videoHeight : frame.height;
    if (!context || width === 0 || height === 0) return undefined;
    canvas.width = width;
    canvas.height = height;
    context.drawImage(frame, 0, 0, width, height);
    return decodeImageData(context.getImageData(0, 0, width, height));
  };
}

export function decodeImageData(image: { data: Uint8ClampedArray; width: number; height: number }): string | undefined {
  return jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data || undefined;
}
