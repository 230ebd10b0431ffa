import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/**
 * The fonts the pictures are drawn with: DejaVu Sans from the `dejavu-fonts-ttf` package, so a
 * PNG looks the same on every machine that builds it, with or without system fonts.
 */
const FONT_DIR = join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf'].map((f) =>
  join(FONT_DIR, f),
);

/**
 * An SVG drawn to a PNG at `widthPx`, without a browser (resvg, a Rust renderer with prebuilt
 * binaries on npm). Returns the PNG file's bytes.
 */
export const svgToPng = (svg: string, widthPx: number): Uint8Array => {
  // Without its fonts resvg draws no text at all, silently: refuse instead.
  const missing = FONT_FILES.filter((f) => !existsSync(f));
  if (missing.length > 0) {
    throw new Error(
      `svgToPng: font files missing (run pnpm install in apps/web): ${missing.join(', ')}`,
    );
  }
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: widthPx },
    background: '#ffffff',
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  });
  return new Uint8Array(resvg.render().asPng());
};
