import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, csvDocument, csvUtcTime } from '../../src/record/csvCells.ts';

describe('CSV cells for Excel', () => {
  it('quotes only when needed and doubles quotes', () => {
    expect(csvCell('王伟')).toBe('王伟');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
    expect(csvCell('cr\r')).toBe('"cr\r"');
    expect(csvCell(' padded ')).toBe('" padded "');
    expect(csvCell('')).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
  });

  it('neutralises cells that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil","click")')).toBe('"\'=HYPERLINK(""http://evil"",""click"")"');
    expect(csvCell('+1+1')).toBe("'+1+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
    // in the middle it is harmless text
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('writes numbers and booleans as themselves (a negative number is a number, not a formula)', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(0.25)).toBe('0.25');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('true');
  });

  it('a document has a BOM, CRLF after every record, and parses back to the same (neutralised) values', () => {
    const doc = csvDocument(['姓名', 'note'], [
      ['张三', 'a,"b"\nc'],
      ['=cmd|calc', 12],
    ]);
    expect(doc.startsWith('\uFEFF姓名,note\r\n')).toBe(true);
    expect(doc.endsWith('\r\n')).toBe(true);
    expect(doc.split('\r\n')).toHaveLength(3 + 1); // three records, and the quoted cell's bare \n is no record break
    const rows = Papa.parse<string[]>(doc.slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
    expect(rows).toEqual([
      ['姓名', 'note'],
      ['张三', 'a,"b"\nc'],
      ["'=cmd|calc", '12'],
    ]);
  });

  it('round-trips any text through a CSV parser (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const doc = csvDocument(['a', 'b'], rows);
        // delimiter given: Papa guesses one otherwise, and cells like "||" make it guess "|"
        const parsed = Papa.parse<string[]>(doc.slice(1), { newline: '\r\n', delimiter: ',' }).data.slice(1, rows.length + 1);
        const expected = rows.map((row) => row.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)));
        expect(parsed).toEqual(expected);
      }),
    );
  });

  it('times are ISO 8601 UTC to the second', () => {
    expect(csvUtcTime(Date.UTC(2026, 10, 26, 9, 30, 5, 123))).toBe('2026-11-26T09:30:05Z');
    expect(csvUtcTime(undefined)).toBe('');
  });
});
