import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { decodeImageData } from './decodeQr.ts';

/** Paints a QR code's modules into RGBA pixels, as a camera frame would give them. */
function render(text: string, scale = 6, margin = 4) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = (modules.size + margin * 2) * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) {
      if (!modules.get(y, x)) continue;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const i = (((y + margin) * scale + dy) * size + (x + margin) * scale + dx) * 4;
          data[i] = data[i + 1] = data[i + 2] = 0;
        }
      }
    }
  }
  return { data, width: size, height: size };
}

describe('decodeImageData', () => {
  it('reads back the pairing link that the share dialog encodes', () => {
    const link = 'http://localhost:8080/#/koppel/AAAAAAAAAAAAAAAAAAAAAA.k3y-k3y_k3yk3yk3yk3yk3yk3yk3yk3yk3yk3yk3yk3yk3';
    expect(decodeImageData(render(link))).toBe(link);
  });

  it('finds nothing in a blank frame', () => {
    expect(decodeImageData({ data: new Uint8ClampedArray(64 * 64 * 4).fill(255), width: 64, height: 64 })).toBeUndefined();
  });
});
