'use client';

import { useSearchParams } from 'next/navigation';
import { Suspense } from 'react';
import { PAIR_LABELS, type PairRow, pairKey } from '@/models/trade/trade-pairs';
import { ScrollTable } from '@/ui/scroll-table';

export interface PickerProps {
  readonly years: readonly number[];
  readonly defaultFrom: number;
  readonly defaultTo: number;
  readonly pairs: Readonly<Record<string, readonly PairRow[]>>;
}

/**
 * Compare any two years of trade. The years live in the URL (`?from=2018&to=2024`); the
 * comparisons were computed and formatted at build time, so this island only looks them up.
 */
export function TradeChangePicker(props: PickerProps) {
  return (
    <Suspense fallback={<PickerView {...props} from={props.defaultFrom} to={props.defaultTo} />}>
      <PickerFromUrl {...props} />
    </Suspense>
  );
}

const yearParam = (raw: string | null, years: readonly number[], fallback: number) => {
  const year = Number(raw);
  return raw !== null && years.includes(year) ? year : fallback;
};

function PickerFromUrl(props: PickerProps) {
  const params = useSearchParams();
  return (
    <PickerView
      {...props}
      from={yearParam(params.get('from'), props.years, props.defaultFrom)}
      to={yearParam(params.get('to'), props.years, props.defaultTo)}
    />
  );
}

const setYears = (from: number, to: number) => {
  const url = new URL(window.location.href);
  url.searchParams.set('from', String(from));
  url.searchParams.set('to', String(to));
  window.history.replaceState(null, '', url);
};

function PickerView({ years, pairs, from, to }: PickerProps & { from: number; to: number }) {
  const rows = pairs[pairKey(from, to)];
  const select = (id: string, label: string, value: number, onPick: (y: number) => void) => (
    <div className="filters__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onPick(Number(e.currentTarget.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="picker">
      <form className="filters" aria-label="Pick two years" onSubmit={(e) => e.preventDefault()}>
        {select('pair-from', 'From', from, (y) => setYears(y, to))}
        {select('pair-to', 'To', to, (y) => setYears(from, y))}
      </form>
      <div aria-live="polite">
        {rows === undefined ? (
          <p className="notice">Pick two different years.</p>
        ) : (
          <ScrollTable label="Comparison table">
            <table>
              <caption>
                U.S.–China goods trade, {from} against {to}, US$ billions
              </caption>
              <thead>
                <tr>
                  <th scope="col">Flow</th>
                  <th scope="col" className="num">
                    {from}
                  </th>
                  <th scope="col" className="num">
                    {to}
                  </th>
                  <th scope="col" className="num">
                    Change
                  </th>
                  <th scope="col" className="num">
                    Change, %
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, i) => (
                  <tr key={PAIR_LABELS[i]}>
                    <th scope="row">{PAIR_LABELS[i]}</th>
                    {row.map((cell, j) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
                      <td key={j} className="num">
                        {cell}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )}
      </div>
    </div>
  );
}
