import type { SourceId } from '../data/ids';

/** One term a reader may not know, said in plain words. */
export interface GlossaryEntry {
  /** Anchor and key: `ieepa`, `percentage-points`. */
  readonly id: string;
  /** The term as it appears in the text. */
  readonly term: string;
  /** What an abbreviation stands for, where the term is one. */
  readonly expansion?: string;
  /** A sentence or two, no jargon. */
  readonly short: string;
  /** Records that show the term at work, where the dataset has them. */
  /** Typed from the data, so an id that does not exist fails to compile. */
  readonly sourceIds?: readonly SourceId[];
}

/**
 * The words behind the numbers, for both apps' glossaries and for the first use of a term
 * on a page. Definitions only: no figure is given here that the dataset does not hold.
 */
export const GLOSSARY = [
  {
    id: 'additional-tariff',
    term: 'Additional tariff',
    short:
      'A duty charged on top of the normal (MFN) duty. The stacks on this site add up additional tariffs only, so the total duty an importer pays on a good is higher.',
  },
  {
    id: 'tariff-stack',
    term: 'Tariff stack',
    short:
      'The additional tariffs in force on one day, layer by layer: some apply to every good from the other side, others only to goods on a product list. “All goods” adds the layers that apply to everything; “most on a listed good” adds the highest list on top.',
  },
  {
    id: 'ieepa',
    term: 'IEEPA',
    expansion: 'International Emergency Economic Powers Act',
    short:
      'A U.S. law that lets the President act against an emergency declared under it. In 2025 it was used for the “fentanyl” and “reciprocal” tariffs on all goods from China.',
    sourceIds: ['eo-14195-fr', 'eo-14259-fr'],
  },
  {
    id: 'reciprocal-tariff',
    term: 'Reciprocal tariff',
    short:
      'The name the U.S. government gave the country-by-country tariffs it set under IEEPA from April 2025. Despite the name, they were not matched to each country’s own tariffs line by line.',
    sourceIds: ['eo-14259-fr'],
  },
  {
    id: 'section-122',
    term: 'Section 122',
    expansion: 'Section 122 of the Trade Act of 1974',
    short:
      'A U.S. law that lets the President charge a temporary surcharge on imports, for a limited number of days, to deal with a serious problem in the country’s international payments.',
  },
  {
    id: 'section-301',
    term: 'Section 301',
    expansion: 'Section 301 of the Trade Act of 1974',
    short:
      'A U.S. law under which the Trade Representative investigates another country’s trade practices and can answer them with tariffs. The 2018–2019 tariffs on Chinese goods were set under it, one product list at a time.',
  },
  {
    id: 'section-301-lists',
    term: 'Section 301 lists',
    short:
      'The product lists the Section 301 tariffs on China apply to (List 1, List 2, List 3 and List 4A). Each list names its goods by tariff line and has its own rate; a good on no list pays none of them.',
    sourceIds: ['fr-2019-09681'],
  },
  {
    id: 'section-232',
    term: 'Section 232',
    expansion: 'Section 232 of the Trade Expansion Act of 1962',
    short:
      'A U.S. law for tariffs on imports judged a threat to national security, such as steel and aluminium. They apply to goods from every country, not to China alone, and this site’s stacks leave them out.',
  },
  {
    id: 'mfn',
    term: 'MFN duty',
    expansion: 'most-favoured-nation duty',
    short:
      'The normal tariff a country charges on a good from any trading partner in the World Trade Organization. Additional tariffs come on top of it.',
  },
  {
    id: 'retaliatory-tariff',
    term: 'Retaliatory tariff',
    short:
      'A tariff one side imposes in answer to the other’s. China’s tariffs on U.S. goods on this site were set as answers to U.S. measures.',
  },
  {
    id: 'percentage-points',
    term: 'Percentage points',
    short:
      'The difference between two percentages, written “pp”. For example, a share that falls from 20% to 15% falls by 5 percentage points, which is a fall of a quarter of the share itself.',
  },
  {
    id: 'annualized-rate',
    term: 'Annualized rate',
    short:
      'How much a quarter grew on the quarter before, compounded as if that pace lasted a whole year. It is how the U.S. reports GDP growth, and it is not the change on the same quarter a year earlier.',
    sourceIds: ['bea-gdp-page'],
  },
  {
    id: 'year-on-year',
    term: 'Year on year',
    short: 'The change against the same month or quarter one year earlier.',
  },
  {
    id: 'census-basis',
    term: 'Census basis',
    short:
      'U.S. goods trade as the Census Bureau counts it from customs records. The Bureau of Economic Analysis adjusts the same trade to a balance-of-payments basis, so its figures differ a little.',
    sourceIds: ['census-c5700-annual-2026-03'],
  },
  {
    id: 'first-report',
    term: 'First report and revision',
    short:
      'Statistics offices publish a figure, then correct it as more records come in. This site shows trade as first reported and lists the later revisions beside it.',
  },
  {
    id: 'pmi',
    term: 'PMI',
    expansion: 'purchasing managers’ index',
    short:
      'A monthly survey of factory purchasing managers: do output, orders, staff and stocks rise or fall? It is built so that 50 means no change; above 50 activity grew on the month before, below 50 it shrank.',
    sourceIds: ['nbs-pmi-april'],
  },
  {
    id: 'trade-weighted-average',
    term: 'Average tariff',
    short:
      'The tariff on what one side buys from the other, averaged over that trade as the Peterson Institute (PIIE) computes it. It sits below the headline rate where goods are exempt or on no list.',
  },
  {
    id: 'trade-balance',
    term: 'Trade balance',
    short:
      'Exports minus imports. A negative balance is a deficit: the U.S. buys more goods from China than it sells there.',
  },
] as const satisfies readonly GlossaryEntry[];

export type GlossaryId = (typeof GLOSSARY)[number]['id'];

/** The entry of a glossary id. */
export const glossaryEntry = (id: GlossaryId): GlossaryEntry =>
  GLOSSARY.find((e) => e.id === id) as GlossaryEntry;
