'use client';

import { Suspense, useMemo } from 'react';
import { type PairRow, pairKey } from '@/models/trade/trade-pairs';
import { yearOf } from '@/models/url/params';
import { ParamNote } from '@/ui/param-note';
import { ScrollTable } from '@/ui/scroll-table';
import { useUrlState } from '@/ui/use-url-state';

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

function PickerFromUrl(props: PickerProps) {
  const { years, defaultFrom, defaultTo } = props;
  const readers = useMemo(
    () => ({ from: yearOf('from', years, defaultFrom), to: yearOf('to', years, defaultTo) }),
    [years, defaultFrom, defaultTo],
  );
  const { values, problems, set } = useUrlState(readers);
  return (
    <PickerView
      {...props}
      from={values.from}
      to={values.to}
      problems={problems}
      onYears={(from, to) => set({ from, to })}
    />
  );
}

function PickerView({
  years,
  pairs,
  from,
  to,
  problems = [],
  onYears,
}: PickerProps & {
  from: number;
  to: number;
  problems?: readonly string[];
  onYears?: (from: number, to: number) => void;
}) {
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
      <ParamNote problems={problems} />
      <form className="filters" aria-label="Pick two years" onSubmit={(e) => e.preventDefault()}>
        {select('pair-from', 'From', from, (y) => onYears?.(y, to))}
        {select('pair-to', 'To', to, (y) => onYears?.(from, y))}
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
                {rows.map(([label, ...cells]) => (
                  <tr key={label}>
                    <th scope="row">{label}</th>
                    {cells.map((cell, j) => (
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
