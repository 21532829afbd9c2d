/** The pairing link as a QR code image (an SVG data URL: no network, no canvas needed). */
export async function qrCodeDataUrl(text: string): Promise<string> {
  // Loaded on "Delen" only: the QR encoder is a third of the gesprek screen's code otherwise.
  const { default: QRCode } = await import('qrcode');
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
