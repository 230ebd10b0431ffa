import { sliceToWidth, textWidth } from './width';

/**
 * Break `text` into lines of at most `width` cells, at spaces where it can; a word longer
 * than a line is cut. Never returns an empty array: empty text gives one empty line.
 */
export const wrapText = (text: string, width: number): string[] => {
  const limit = Math.max(1, width);
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    let rest = word;
    while (textWidth(rest) > limit) {
      if (current !== '') {
        lines.push(current);
        current = '';
      }
      const head = sliceToWidth(rest, limit);
      lines.push(head);
      rest = rest.slice(head.length);
    }
    if (current === '') current = rest;
    else if (textWidth(current) + 1 + textWidth(rest) <= limit) current = `${current} ${rest}`;
    else {
      lines.push(current);
      current = rest;
    }
  }
  lines.push(current);
  return lines;
};
