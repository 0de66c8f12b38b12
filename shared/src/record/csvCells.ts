/**
 * CSV that opens cleanly in Excel (zh-CN and en Windows alike) and cannot carry a formula.
 *
 * - UTF-8 with a byte-order mark: without it Excel reads UTF-8 as the ANSI code page (GBK on
 *   Chinese Windows), and Chinese names turn into mojibake.
 * - CRLF between records (RFC 4180), and after the last one.
 * - A cell is quoted when it holds a comma, a quote, CR or LF, or starts/ends with a space;
 *   quotes inside are doubled.
 * - Formula injection (OWASP "CSV injection"): a text cell starting with = + - @ (or tab / CR,
 *   which some spreadsheets skip before looking) is prefixed with an apostrophe, so Excel and
 *   LibreOffice show it as text instead of evaluating it. Numbers are written as numbers.
 */

export type CsvValue = string | number | boolean | null | undefined;

export const CSV_BOM = '\uFEFF';
export const CSV_EOL = '\r\n';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^ | $/;

/** One cell, neutralised and quoted as needed. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',');
}

/** A whole file: BOM, header, rows, CRLF after every record. */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  let out = CSV_BOM + csvRow(header) + CSV_EOL;
  for (const row of rows) out += csvRow(row) + CSV_EOL;
  return out;
}

/** ISO 8601 in UTC with a Z, to the second: what Excel and LMS importers parse without guessing. */
export function csvUtcTime(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return '';
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
