import { STANDALONE_STYLE, wrapText } from './standalone';
import { el, text } from './svg';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
const PAD = 56;

/** What a share card shows: the page's title, its key line or its chart, and the credit. */
export interface OgCard {
  readonly title: string;
  readonly description: string;
  /** The wide drawing of the page's key chart, if it has one. */
  readonly drawing?: string | undefined;
  /** "Data as of 10 November 2025 · tradetalks.example/trade". */
  readonly footer: string;
}

const lines = (values: readonly string[], x: number, y: number, step: number, cls: string) =>
  values.map((v, i) => text({ class: cls, x, y: y + i * step }, v)).join('');

/** A page's og:image as SVG, 1200 × 630 (the PNG is drawn from it at build time). */
export const ogCardSvg = (card: OgCard): string => {
  const title = wrapText(card.title, 40).slice(0, card.drawing ? 2 : 3);
  let y = PAD + 34;
  const parts = [
    el(
      'g',
      { transform: `translate(${PAD},${PAD - 6})` },
      el('rect', { x: 0, y: 12, width: 8, height: 18, fill: '#1d4ed8' }),
      el('rect', { x: 11, y: 2, width: 8, height: 28, fill: '#b3400c' }),
      el('rect', { x: 22, y: 16, width: 8, height: 14, fill: '#1d4ed8' }),
      text({ class: 'og-brand', x: 42, y: 28 }, 'tradetalks'),
      text({ class: 'og-tagline', x: 232, y: 28 }, 'the U.S.–China trade conflict in numbers'),
    ),
  ];
  y += 44;
  parts.push(lines(title, PAD, y, 54, 'og-title'));
  y += (title.length - 1) * 54 + 26;
  const footerY = OG_HEIGHT - PAD + 10;
  if (card.drawing) {
    const viewBox = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(card.drawing);
    const w = Number(viewBox?.[1] ?? 880);
    const h = Number(viewBox?.[2] ?? 360);
    const room = footerY - 30 - y;
    const width = Math.min(OG_WIDTH - PAD * 2, (room * w) / h);
    const height = (width * h) / w;
    parts.push(
      card.drawing.replace(
        /^<svg /,
        `<svg x="${PAD}" y="${y}" width="${Math.round(width)}" height="${Math.round(height)}" `,
      ),
    );
  } else {
    parts.push(lines(wrapText(card.description, 62).slice(0, 5), PAD, y + 34, 40, 'og-text'));
  }
  parts.push(text({ class: 'og-foot', x: PAD, y: footerY }, card.footer));
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${OG_WIDTH} ${OG_HEIGHT}`,
      width: OG_WIDTH,
      height: OG_HEIGHT,
    },
    `<style>${STANDALONE_STYLE}.og-brand{fill:#1a1b1e;font-size:28px;font-weight:bold}.og-tagline{font-size:22px}.og-title{fill:#1a1b1e;font-size:46px;font-weight:bold}.og-text{fill:#1a1b1e;font-size:27px}.og-foot{font-size:20px}</style>`,
    el('rect', { x: 0, y: 0, width: OG_WIDTH, height: OG_HEIGHT, fill: '#faf9f6' }),
    el('rect', { x: 0, y: OG_HEIGHT - 10, width: OG_WIDTH / 2, height: 10, fill: '#1d4ed8' }),
    el('rect', {
      x: OG_WIDTH / 2,
      y: OG_HEIGHT - 10,
      width: OG_WIDTH / 2,
      height: 10,
      fill: '#b3400c',
    }),
    ...parts,
  );
};
