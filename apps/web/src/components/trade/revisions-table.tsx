import { dataset, formatUsdBn, formatUsdBnChange, tradeRevisions } from '@tradetalks/core';
import { ScrollTable } from '@/ui/scroll-table';
import { SourceLine } from '@/ui/source-line';

/** Figures that Census later revised: both values, side by side. */
export function RevisionsTable() {
  const revisions = tradeRevisions(dataset);
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
                <td className="num">{formatUsdBn(r.firstUsdBn)}</td>
                <td className="num">{formatUsdBn(r.revisedUsdBn)}</td>
                <td className="num">{formatUsdBnChange(r.changeUsdBn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <SourceLine ids={revisions.flatMap((r) => r.sourceIds)} />
    </>
  );
}
