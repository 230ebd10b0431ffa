import { changelogView, dataset } from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { atomFeed, FEED_TITLE } from './feed';
import { absoluteUrl } from './site';

const releases = changelogView(dataset);
const xml = atomFeed(releases);
const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1] ?? '');
const field = (entry: string, name: string) =>
  new RegExp(`<${name}[^>]*>([\\s\\S]*?)</${name}>`).exec(entry)?.[1];

describe('the Atom feed', () => {
  it('is an Atom document with its title, id, self link and the latest release as its date', () => {
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">',
      ),
    ).toBe(true);
    expect(xml).toContain(`<title>${FEED_TITLE}</title>`);
    expect(xml).toContain(
      `<link rel="self" type="application/atom+xml" href="${absoluteUrl('/feed.xml')}"/>`,
    );
    expect(field(xml, 'updated')).toBe(`${releases[0]?.date}T00:00:00Z`);
  });

  it('lists the latest release first, then the events it added, then older releases', () => {
    const latest = releases[0];
    if (latest === undefined) throw new Error('no releases');
    expect(field(entries[0] ?? '', 'title')).toBe(`Data release ${latest.version}`);
    const titles = entries.map((e) => field(e, 'title'));
    for (const e of latest.newEvents) {
      expect(titles).toContain(e.reported ? `${e.title} (reported)` : e.title);
    }
    expect(entries).toHaveLength(releases.reduce((n, r) => n + 1 + r.newEvents.length, 0));
  });

  it('gives every entry an id, a date, a link and a summary, all escaped', () => {
    for (const entry of entries) {
      expect(field(entry, 'id')).toMatch(/^https?:\/\//);
      expect(field(entry, 'updated')).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      expect(entry).toMatch(/<link rel="alternate" type="text\/html" href="https?:\/\/[^"]+"\/>/);
      expect(field(entry, 'summary')?.length ?? 0).toBeGreaterThan(10);
      expect(field(entry, 'content')).not.toMatch(/<[a-z]/);
    }
    expect(xml).not.toMatch(/undefined|NaN/);
  });
});
