import { formatDate } from '../format/date';
import { ORIGINAL_LABELS, SOURCE_KINDS } from '../format/labels';
import type { Dataset, Source } from '../types';
import { perDataset } from './memo';

/** A source as every surface shows it: who said it, where it was read, and the original. */
export interface SourceRef {
  readonly id: string;
  /** "U.S. Census Bureau, via CNS News"; the publisher alone when the page is its own. */
  readonly label: string;
  readonly publisher: string;
  /** The site the page read is on, where it is not the publisher's own. */
  readonly via: string | undefined;
  readonly title: string;
  /** The page actually read (the link); `undefined` when only the original is named. */
  readonly href: string | undefined;
  /** The primary document, where named; `read` says whether the figure was read on it. */
  readonly original:
    | {
        readonly href: string;
        readonly title: string | undefined;
        readonly read: boolean;
        /** The site it is on, for a link that says where it goes: "ustr.gov". */
        readonly site: string;
        /** The words of its link: "original at ustr.gov". */
        readonly linkText: string;
        /** What follows the link: "" when read, ", not read" when only named. */
        readonly readText: string;
      }
    | undefined;
  readonly kind: Source['kind'];
  readonly kindLabel: string;
  readonly publishedOn: string | undefined;
  /** "6 May 2025", "May 2025". */
  readonly publishedText: string | undefined;
  readonly note: string | undefined;
}

/** "Publisher, via Site", or the publisher alone. */
export const sourceLabel = (source: Source): string =>
  source.via === undefined ? source.publisher : `${source.publisher}, via ${source.via}`;

/** A page's site as a reader names it: the host without "www.". */
const siteOf = (url: string): string => new URL(url).hostname.replace(/^www\./, '');

const toRef = (source: Source): SourceRef => ({
  id: source.id,
  label: sourceLabel(source),
  publisher: source.publisher,
  via: source.via,
  title: source.title,
  href: source.url,
  original: source.original && {
    href: source.original.url,
    title: source.original.title,
    read: source.original.read,
    site: siteOf(source.original.url),
    linkText: `${ORIGINAL_LABELS.read} at ${siteOf(source.original.url)}`,
    readText: source.original.read
      ? ''
      : ORIGINAL_LABELS.notRead.slice(ORIGINAL_LABELS.read.length),
  },
  kind: source.kind,
  kindLabel: SOURCE_KINDS[source.kind].label,
  publishedOn: source.publishedOn,
  publishedText: source.publishedOn === undefined ? undefined : formatDate(source.publishedOn),
  note: source.note,
});

const sourcesById = /* @__PURE__ */ perDataset(
  (dataset): ReadonlyMap<string, Source> => new Map(dataset.sources.map((s) => [s.id, s])),
);
// Each source's view is built the first time it is asked for, and kept.
const builtRefs = /* @__PURE__ */ perDataset((): Map<string, SourceRef> => new Map());

/** The source with this id, as surfaces show it. @throws RangeError when there is none. */
export const sourceRef = (dataset: Dataset, id: string): SourceRef => {
  const built = builtRefs(dataset);
  let ref = built.get(id);
  if (ref === undefined) {
    const source = sourcesById(dataset).get(id);
    if (source === undefined) throw new RangeError(`no source "${id}" in the dataset`);
    ref = toRef(source);
    built.set(id, ref);
  }
  return ref;
};

/** The sources with these ids, each once, in first-mention order. */
export const sourceRefs = (dataset: Dataset, ids: Iterable<string>): readonly SourceRef[] =>
  [...new Set(ids)].map((id) => sourceRef(dataset, id));
