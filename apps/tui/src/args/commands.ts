/** The scriptable commands, in the order of the interactive views. */
export const COMMANDS = [
  { name: 'facts', summary: 'the headline figures with their sources (the Overview)' },
  { name: 'timeline', summary: 'every dated event, 2018 to the latest' },
  { name: 'tariffs', summary: 'the tariff stack both ways on a day (--date) and its history' },
  { name: 'trade', summary: 'annual U.S.–China goods trade, balance and export share' },
  { name: 'claims', summary: 'each claim of the article, its verdict and working' },
  { name: 'sources', summary: 'every source and what cites it' },
] as const;

export type CommandName = (typeof COMMANDS)[number]['name'];

export const COMMAND_NAMES: readonly CommandName[] = COMMANDS.map((c) => c.name);

export const isCommand = (name: string): name is CommandName =>
  (COMMAND_NAMES as readonly string[]).includes(name);
