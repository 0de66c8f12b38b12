// The HIS grid: a captioned, scrollable table with sticky headers; rows may be selectable.

import { useId, type ReactNode } from 'react';

export type Column<T> = {
  key: string;
  header: ReactNode;
  render: (row: T) => ReactNode;
  className?: string;
};

export type DataTableProps<T> = {
  caption: ReactNode;
  captionHidden?: boolean;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** extra attributes per row, e.g. data-order-id */
  rowData?: (row: T) => Record<string, string>;
  rowClass?: (row: T) => string | undefined;
  selectedKey?: string | null;
  onRowClick?: (row: T) => void;
  empty?: ReactNode;
  maxHeight?: number;
  className?: string;
};

export function DataTable<T>({ caption, captionHidden, columns, rows, rowKey, rowData, rowClass, selectedKey, onRowClick, empty, maxHeight, className }: DataTableProps<T>): ReactNode {
  const captionId = useId();
  return (
    <div className={`grid-wrap ${className ?? ''}`} role="region" aria-labelledby={captionId} tabIndex={0} style={maxHeight ? { maxHeight } : undefined}>
      <table className="grid">
        <caption id={captionId} className={captionHidden ? 'sr-only' : 'grid__caption'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.className}>{c.header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="grid__empty">{empty}</td>
            </tr>
          ) : (
            rows.map((row) => {
              const key = rowKey(row);
              const classes = [rowClass?.(row) ?? '', key === selectedKey ? 'is-selected' : ''].filter(Boolean).join(' ');
              return (
                <tr
                  key={key}
                  className={classes || undefined}
                  {...(rowData?.(row) ?? {})}
                  onClick={
                    onRowClick
                      ? (e) => {
                          const target = e.target as HTMLElement;
                          if (!target.closest('button, a, input, select, textarea, label')) onRowClick(row);
                        }
                      : undefined
                  }
                >
                  {columns.map((c) => (
                    <td key={c.key} className={c.className}>{c.render(row)}</td>
                  ))}
                </tr>
              );
            })
          )}
        </tbody>
      </table>
    </div>
  );
}
