import type { DataTable } from '../../../workers/stats/stats.tables';
import type { Lang } from '../../i18n';
import { formatDay, formatNumber } from '../campaigns/format';

/** One dashboard table as HTML: the same rows the CSV export writes, formatted for reading. */
export function DataTableView(props: { table: DataTable; lang: Lang; caption?: string; emptyText: string }) {
  const { table } = props;
  if (table.rows.length === 0) return <p class="muted">{props.emptyText}</p>;
  return (
    // Focusable and named, so keyboard users can scroll a wide table (WCAG 2.1.1).
    <div class="table-scroll" tabindex={0} role="region" aria-label={props.caption ?? table.title}>
      <table class="stats-table">
        <caption>{props.caption ?? table.title}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th scope="col" class={c.kind === 'number' ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr>
              {row.map((cell, i) => {
                const kind = table.columns[i]?.kind ?? 'text';
                if (cell === null) return <td class={kind === 'number' ? 'num' : undefined}>–</td>;
                if (typeof cell === 'number') return <td class="num">{formatNumber(props.lang, cell)}</td>;
                return <td>{kind === 'day' ? formatDay(props.lang, cell) : cell}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
