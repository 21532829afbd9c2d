#!/usr/bin/env node
// Renders public/icon.svg to the PNG icons the manifest and iPad need, with Debian's Chromium.
// Run by hand after changing the SVG (`node scripts/make-icons.mjs`); the PNGs are committed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const svg = readFileSync('public/icon.svg', 'utf8');
const BACKGROUND = '#154273';

/**
 * "any" icons keep the SVG's rounded corners; "full" icons fill the square (iOS rounds them
 * itself and would put black behind transparent corners); "maskable" icons keep the artwork in
 * the central 80 % safe zone so any mask shape leaves it whole.
 */
const icons = [
  { file: 'icon-192.png', size: 192, kind: 'any' },
  { file: 'icon-512.png', size: 512, kind: 'any' },
  { file: 'icon-maskable-512.png', size: 512, kind: 'maskable' },
  { file: 'apple-touch-icon-180.png', size: 180, kind: 'full' },
];

function pageFor(size, kind) {
  const inner = kind === 'maskable' ? Math.round(size * 0.72) : size;
  const background = kind === 'any' ? 'transparent' : BACKGROUND;
  return `<!doctype html><html><head><style>
    html, body { margin: 0; width: ${size}px; height: ${size}px; background: ${background}; }
    body { display: grid; place-items: center; }
    svg { width: ${inner}px; height: ${inner}px; display: block; }
  </style></head><body>${svg}</body></html>`;
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  mkdirSync('public/icons', { recursive: true });
  for (const { file, size, kind } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(pageFor(size, kind));
    const png = await page.screenshot({ omitBackground: kind === 'any', clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(`public/icons/${file}`, png);
    console.log(`public/icons/${file}: ${size}×${size}, ${png.length} bytes`);
    await page.close();
  }
} finally {
  await browser.close();
}
