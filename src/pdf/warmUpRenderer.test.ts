import * as Y from 'yjs';
import { describe, expect, it, vi } from 'vitest';
import { readForm } from '../domain/form/formSnapshot.ts';
import { readBundledFonts } from './testing/pdfTestSupport.ts';
import { warmUpRenderer } from './warmUpRenderer.ts';
import * as render from './renderGesprekPdf.ts';

const sample = readForm(new Y.Doc());

describe('warmUpRenderer', () => {
  it('parses both fonts and builds their shapers, each in its own idle slice, then renders one PDF', async () => {
    const fonts = readBundledFonts();
    const renders = vi.spyOn(render, 'renderGesprekPdf');
    let slices = 0;
    await warmUpRenderer(fonts, sample, async () => (slices++, true));
    expect(slices).toBe(3);
    expect(renders).toHaveBeenCalledTimes(1);
    renders.mockRestore();
  });

  it('stops at the next slice once a real export started, rendering nothing', async () => {
    const renders = vi.spyOn(render, 'renderGesprekPdf');
    let slices = 0;
    await warmUpRenderer(readBundledFonts(), sample, async () => ++slices < 2);
    expect(slices).toBe(2);
    expect(renders).not.toHaveBeenCalled();
    renders.mockRestore();
  });
});
