import { parseRosterCsv, rosterTable, type RosterTable } from '@preceptor/shared/trainer/roster.ts';

/**
 * A roster file to a table: CSV (UTF-8, with or without BOM, or GBK) or XLSX (the first
 * worksheet, read with exceljs, loaded only when an XLSX file comes). Throws with the reader's
 * words when the file cannot be read; the caller names the file.
 */
export async function readRosterFile(fileName: string, bytes: Uint8Array): Promise<RosterTable> {
  if (isXlsx(fileName, bytes)) return readXlsx(fileName, bytes);
  return parseRosterCsv(fileName, bytes);
}

function isXlsx(fileName: string, bytes: Uint8Array): boolean {
  // a zip (PK\3\4): XLSX whatever the name says; CSV never starts so
  return /\.xlsx$/i.test(fileName) || (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04);
}

async function readXlsx(fileName: string, bytes: Uint8Array): Promise<RosterTable> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  // exceljs wants an ArrayBuffer of exactly the file
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  await workbook.xlsx.load(buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return rosterTable(fileName, 'xlsx', []);
  const cells: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      values[column - 1] = cell.text ?? '';
    });
    cells[rowNumber - 1] = Array.from(values, (v) => v ?? '');
  });
  return rosterTable(fileName, 'xlsx', Array.from(cells, (r) => r ?? []));
}
