import { dataset, eventViewOf, REPORTED_LABEL, timelineView } from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { lineText } from '../lines/line';
import { eventDetailLines, eventItem } from './timeline';

const events = timelineView(dataset);

describe('the Timeline', () => {
  it.each([40, 60, 80, 100, 120])(
    'shows every event’s kind and title whole at %i columns',
    (width) => {
      for (const e of events) {
        const text = eventItem(e, width).map(lineText).join(' ').replace(/\s+/g, ' ');
        expect(text).toContain(e.kindLabel);
        expect(text).toContain(e.title);
        expect(text).not.toContain('…');
      }
    },
  );

  it('marks an event known only from reports, in core’s words', () => {
    const reported = events.filter((e) => e.reported);
    expect(reported.length).toBeGreaterThan(0);
    for (const e of reported) {
      expect(eventItem(e, 100).map(lineText).join(' ')).toContain(`${REPORTED_LABEL.label}:`);
      expect(eventDetailLines(e, 100).map(lineText).join(' ')).toContain(REPORTED_LABEL.meaning);
    }
    const verified = events.find((e) => !e.reported);
    if (verified === undefined) throw new Error('no verified event');
    expect(eventItem(verified, 100).map(lineText).join(' ')).not.toContain(
      `${REPORTED_LABEL.label}:`,
    );
  });

  it('gives who took part and what they said, quotes in quotation marks', () => {
    const withQuote = events.find((e) => e.statements.some((s) => s.kind === 'quote'));
    const view = eventViewOf(dataset, withQuote?.id ?? '');
    const text = eventDetailLines(view, 120).map(lineText).join(' ').replace(/\s+/g, ' ');
    for (const a of view.actors) expect(text).toContain(a.name);
    for (const s of view.statements.filter((x) => x.kind === 'quote'))
      expect(text).toContain(`“${s.text}”`);
    for (const r of view.sources) expect(text).toContain(r.label);
  });
});
