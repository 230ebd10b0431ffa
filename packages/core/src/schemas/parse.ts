import { Dataset } from './dataset';

/** One problem found in a dataset: where (`path`, for example `series[2].observations[0].value`) and what. */
export interface DatasetIssue {
  path: string;
  message: string;
}

export type ParseResult = { ok: true; data: Dataset } | { ok: false; issues: DatasetIssue[] };

const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? String(key) : `${out}.${String(key)}`;
  }, '') || '(root)';

/**
 * Validate an unknown value (for example a parsed JSON file) as a tradetalks dataset: every
 * field, and every id it references. Never throws; on failure each issue names its path.
 */
export const parseDataset = (input: unknown): ParseResult => {
  const result = Dataset.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: issue.message,
    })),
  };
};
