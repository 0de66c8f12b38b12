import Papa from 'papaparse';

/**
 * The hospital's staff list (花名册) as HR exports it: a table of cells, the columns that hold
 * staff number, name, department and role, and the entries read from it. Pure: decoding and
 * checking only; reading XLSX and storing the roster live in the dashboard (sandbox/src/trainer).
 */

export const ROSTER_FIELDS = ['staffNumber', 'name', 'department', 'role'] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

/** A sheet as read: the header row and the data rows after it (cells as text). */
export interface RosterTable {
  fileName: string;
  /** 'utf-8', 'gbk' or 'xlsx' */
  encoding: string;
  header: string[];
  /** 1-based row in the file of the header (data rows follow it) */
  headerRow: number;
  rows: string[][];
}

/** Column index per field; staffNumber is required, the rest optional. */
export type RosterMapping = Partial<Record<RosterField, number>>;

export interface RosterEntry {
  staffNumber: string;
  name: string;
  department: string;
  role: string;
}

export type RosterProblemCode = 'empty-file' | 'no-staff-number-column' | 'empty-staff-number' | 'duplicate-staff-number' | 'unreadable';

export interface RosterProblem {
  code: RosterProblemCode;
  file: string;
  /** 1-based row in the file */
  row?: number;
  /** the column's header text */
  column?: string;
  /** the staff number, or the reader's own words */
  detail?: string;
  /** duplicate-staff-number: the row where that number first appears */
  firstRow?: number;
}

/** Header words per field, compared after trimming, lower-casing and dropping spaces, brackets and punctuation. */
const HEADER_WORDS: Record<RosterField, string[]> = {
  staffNumber: ['工号', '员工编号', '职工号', '员工号', '人员编号', '职工编号', '工作证号', '编号', 'staffnumber', 'staffno', 'staffid', 'employeeid', 'employeenumber', 'employeeno', 'empno', 'id'],
  name: ['姓名', '员工姓名', '职工姓名', '名字', 'name', 'fullname', 'staffname', 'employeename', 'displayname'],
  department: ['科室', '部门', '所在科室', '所属科室', '科室名称', '部门名称', '病区', 'department', 'dept', 'ward', 'unit'],
  role: ['岗位', '职务', '角色', '职称', '岗位名称', '人员类别', 'role', 'position', 'jobtitle', 'title', 'job'],
};

function headerKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s_\-.:：()（）[\]【】/]/g, '');
}

/** Which column holds each field, from the header's words (Chinese or English); first match wins. */
export function guessRosterMapping(header: readonly string[]): RosterMapping {
  const keys = header.map(headerKey);
  const mapping: RosterMapping = {};
  const used = new Set<number>();
  for (const field of ROSTER_FIELDS) {
    // exact words first (in the order listed), so 员工编号 wins over a bare 编号
    for (const word of HEADER_WORDS[field]) {
      const index = keys.findIndex((k, i) => !used.has(i) && k === word);
      if (index >= 0) {
        mapping[field] = index;
        used.add(index);
        break;
      }
    }
  }
  return mapping;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 (a BOM is dropped), or GBK when the bytes are not UTF-8 (what Excel on Chinese Windows saves). */
export function decodeRosterText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gbk' } {
  try {
    return { text: UTF8.decode(bytes).replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gbk').decode(bytes), encoding: 'gbk' };
  }
}

/**
 * Rows of cells to a table: the header is the first row among the first ten with a
 * staff-number header (HR exports often start with a title row), else the first non-empty row.
 */
export function rosterTable(fileName: string, encoding: string, cells: readonly (readonly string[])[]): RosterTable {
  const rows = cells.map((r) => r.map((c) => String(c ?? '').trim()));
  const nonEmpty = (r: string[]) => r.some((c) => c !== '');
  let headerIndex = rows.slice(0, 10).findIndex((r) => guessRosterMapping(r).staffNumber !== undefined);
  if (headerIndex < 0) headerIndex = rows.findIndex(nonEmpty);
  if (headerIndex < 0) return { fileName, encoding, header: [], headerRow: 0, rows: [] };
  return { fileName, encoding, header: rows[headerIndex]!, headerRow: headerIndex + 1, rows: rows.slice(headerIndex + 1) };
}

/** A CSV file's bytes (UTF-8 with or without BOM, or GBK) to a table. */
export function parseRosterCsv(fileName: string, bytes: Uint8Array): RosterTable {
  const { text, encoding } = decodeRosterText(bytes);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  return rosterTable(fileName, encoding, parsed.data);
}

/**
 * The entries a table gives under a mapping, and every problem, each naming the file, the row
 * and the column. Rows with every cell empty are skipped. A roster with problems is not stored.
 */
export function rosterEntries(table: RosterTable, mapping: RosterMapping): { entries: RosterEntry[]; problems: RosterProblem[] } {
  const problems: RosterProblem[] = [];
  const file = table.fileName;
  if (table.header.length === 0) return { entries: [], problems: [{ code: 'empty-file', file }] };
  const staffColumn = mapping.staffNumber;
  if (staffColumn === undefined || staffColumn >= table.header.length) return { entries: [], problems: [{ code: 'no-staff-number-column', file, row: table.headerRow }] };
  const columnName = (index: number) => table.header[index] || `#${index + 1}`;
  const cell = (row: string[], field: RosterField) => {
    const index = mapping[field];
    return index === undefined ? '' : (row[index] ?? '').trim();
  };
  const entries: RosterEntry[] = [];
  const firstRow = new Map<string, number>();
  table.rows.forEach((row, i) => {
    if (!row.some((c) => c.trim() !== '')) return;
    const fileRow = table.headerRow + 1 + i;
    const staffNumber = cell(row, 'staffNumber');
    if (staffNumber === '') {
      problems.push({ code: 'empty-staff-number', file, row: fileRow, column: columnName(staffColumn) });
      return;
    }
    const first = firstRow.get(staffNumber);
    if (first !== undefined) {
      problems.push({ code: 'duplicate-staff-number', file, row: fileRow, column: columnName(staffColumn), detail: staffNumber, firstRow: first });
      return;
    }
    firstRow.set(staffNumber, fileRow);
    entries.push({ staffNumber, name: cell(row, 'name'), department: cell(row, 'department'), role: cell(row, 'role') });
  });
  if (entries.length === 0 && problems.length === 0) problems.push({ code: 'empty-file', file });
  return { entries, problems };
}
