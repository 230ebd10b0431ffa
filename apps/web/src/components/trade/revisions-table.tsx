import { dataset, tradeTableView } from '@tradetalks/core';
import { mergeSources } from '@/lib/sources';
import { ScrollTable } from '@/ui/scroll-table';
import { SourceLine } from '@/ui/source-line';

/** Figures that were revised after their first release: both values, side by side (core's view). */
export function RevisionsTable() {
  const { revisions } = tradeTableView(dataset);
  if (revisions.length === 0) return null;
  return (
    <>
      <ScrollTable label="Revised figures">
        <table>
          <caption>Trade figures as first reported and as revised, US$ billions</caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col" className="num">
                Year
              </th>
              <th scope="col" className="num">
                First reported
              </th>
              <th scope="col" className="num">
                Revised
              </th>
              <th scope="col" className="num">
                Revision
              </th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((r) => (
              <tr key={`${r.seriesId}-${r.year}`}>
                <th scope="row">{r.seriesTitle}</th>
                <td className="num">{r.year}</td>
                <td className="num">{r.first.text}</td>
                <td className="num">{r.revised.text}</td>
                <td className="num">{r.change.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <SourceLine sources={mergeSources(...revisions.map((r) => r.change.sources))} />
    </>
  );
}
