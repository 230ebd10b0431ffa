import { SITE_NAME } from './site';

/** What a citation names: the work, where it lives, and which data it shows. */
export interface CiteTarget {
  readonly title: string;
  /** Absolute URL of the chart or page. */
  readonly url: string;
  readonly datasetVersion: string;
  /** The data's as-of date, YYYY-MM-DD: the date the citation carries. */
  readonly asOf: string;
  /** The as-of date as a reader reads it ("10 November 2025"). */
  readonly asOfText: string;
}

/** A citation in running text: "tradetalks (2025). “Title”. Dataset version 0.1.0, data as of …. URL". */
export const citationText = (t: CiteTarget): string =>
  `${SITE_NAME} (${t.asOf.slice(0, 4)}). “${t.title}”. Dataset version ${t.datasetVersion}, data as of ${t.asOfText}. ${t.url}`;

/** A BibTeX key from a URL: letters, digits and hyphens only. */
const bibKey = (url: string, year: string): string => {
  const path = new URL(url).pathname + new URL(url).hash;
  const slug = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
  return `${SITE_NAME}-${slug}-${year}`;
};

/** Braces and backslashes would end or escape a BibTeX field; they never reach it. */
const bib = (text: string): string => text.replace(/[{}\\]/g, '');

/** The same citation as a BibTeX @misc entry. */
export const bibtex = (t: CiteTarget): string => {
  const year = t.asOf.slice(0, 4);
  return [
    `@misc{${bibKey(t.url, year)},`,
    `  author = {{${bib(SITE_NAME)}}},`,
    `  title = {{${bib(t.title)}}},`,
    `  year = {${year}},`,
    `  note = {Dataset version ${bib(t.datasetVersion)}, data as of ${bib(t.asOfText)}},`,
    `  url = {${bib(t.url)}}`,
    '}',
  ].join('\n');
};

/** The HTML another site pastes to show a chart: an iframe of its embed view. */
export const embedSnippet = (title: string, embedUrl: string): string =>
  `<iframe src="${embedUrl}" title="${title.replace(/"/g, '&quot;')}" width="100%" height="640" style="border:0" loading="lazy"></iframe>`;
