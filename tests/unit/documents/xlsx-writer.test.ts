import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { columnName, xlsxBytes, type Workbook } from '../../../src/documents/xlsx-writer';
import { xmlText } from '../../../src/documents/xml';

async function readBack(book: Workbook): Promise<ExcelJS.Workbook> {
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(xlsxBytes(book).buffer as ArrayBuffer);
  return read;
}

describe('xlsx writer', () => {
  it('names columns as spreadsheets do', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('escapes markup and drops the characters XML cannot hold', () => {
    expect(xmlText('a<b>&"c\'\u0001\uFFFE\uD800d')).toBe('a&lt;b&gt;&amp;&quot;c&apos;d');
    expect(xmlText('Tiến độ 😀\t\r\n')).toBe('Tiến độ 😀&#9;&#13;&#10;');
  });

  it('writes the parts of a valid package, in the order Office expects the content types first', () => {
    const files = unzipSync(xlsxBytes({ creator: 'R', sheets: [{ name: 'A', rows: [{ cells: [1] }] }] }));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        '[Content_Types].xml',
        '_rels/.rels',
        'xl/workbook.xml',
        'xl/_rels/workbook.xml.rels',
        'xl/styles.xml',
        'xl/sharedStrings.xml',
        'xl/worksheets/sheet1.xml',
      ]),
    );
    expect(Object.keys(files)[0]).toBe('[Content_Types].xml');
    expect(strFromU8(files['xl/worksheets/sheet1.xml'] as Uint8Array)).toContain('<c r="A1"><v>1</v></c>');
  });

  it('keeps styles, widths, the frozen header and its filter', async () => {
    const book = await readBack({
      creator: 'Rollout Studio',
      sheets: [
        {
          name: 'Bảng: [1]',
          rows: [
            { cells: ['Tiêu đề'], style: { bold: true, size: 14 } },
            {
              cells: ['Mã', 'Tên'],
              style: { bold: true, wrap: true },
              cellStyles: new Map([[1, { fill: 'FFDCF5E3' }]]),
            },
            { cells: ['A.1', 2.5] },
          ],
          header: 1,
          widths: [10, 40],
        },
      ],
    });
    expect(book.creator).toBe('Rollout Studio');
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.name).toBe('Bảng- -1-');
    expect(sheet.getRow(1).getCell(1).font).toMatchObject({ bold: true, size: 14 });
    expect(sheet.getRow(2).getCell(1).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(sheet.getRow(2).getCell(2).font?.bold).toBe(true);
    expect(sheet.getRow(2).getCell(2).fill).toMatchObject({
      pattern: 'solid',
      fgColor: { argb: 'FFDCF5E3' },
    });
    expect(sheet.getRow(2).getCell(1).fill).not.toMatchObject({ pattern: 'solid' });
    expect(sheet.getRow(3).getCell(2).value).toBe(2.5);
    expect(sheet.getColumn(2).width).toBe(40);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.autoFilter).toBe('A2:B2');
  });

  it('reads back carriage returns, line breaks and tabs as they were', async () => {
    const text = 'a\r\nb\rc\td\n';
    const book = await readBack({ creator: 'R', sheets: [{ name: 'S', rows: [{ cells: [text] }] }] });
    expect((book.getWorksheet('S') as ExcelJS.Worksheet).getRow(1).getCell(1).value).toBe(text);
  });

  it('reads back every text and number it was given (texts without the characters XML cannot hold)', async () => {
    const cell = fc.oneof(fc.string({ unit: 'binary' }), fc.double({ noNaN: true, noDefaultInfinity: true }));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 6 }),
        async (rows) => {
          const book = await readBack({
            creator: 'R',
            sheets: [{ name: 'S', rows: rows.map((cells) => ({ cells })) }],
          });
          const sheet = book.getWorksheet('S') as ExcelJS.Worksheet;
          rows.forEach((cells, r) =>
            cells.forEach((value, c) => {
              const read = sheet.getRow(r + 1).getCell(c + 1).value;
              const expected =
                typeof value === 'number' ? (Object.is(value, -0) ? 0 : value) : xmlText(value);
              expect(typeof value === 'number' ? read : xmlText(String(read ?? ''))).toBe(expected);
            }),
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});
