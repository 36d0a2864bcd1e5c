/**
 * A small .xlsx (Office Open XML spreadsheet) writer: the workbook's XML parts zipped with fflate. It writes
 * what the exports need (text and numbers, row and cell styles, column widths, a frozen header row with an
 * auto filter) and nothing else, so the exports load a few kilobytes instead of a full spreadsheet library.
 */
import { strToU8, zipSync } from 'fflate';
import { xmlText } from './xml';
import { StyleTable, type CellStyle } from './xlsx-styles';

export type { CellStyle } from './xlsx-styles';
export type CellValue = string | number;

export interface SheetRow {
  cells: readonly CellValue[];
  /** The look of every cell of the row. */
  style?: CellStyle;
  /** The look of single cells (by 0-based column), over the row's. */
  cellStyles?: ReadonlyMap<number, CellStyle>;
}

export interface Sheet {
  /** At most 31 characters, none of : \ / ? * [ ] (others are replaced). */
  name: string;
  rows: readonly SheetRow[];
  /** Column widths in characters, from the first column. */
  widths?: readonly number[];
  /** The 0-based index of the header row: it and the rows above stay in view, and it gets the auto filter. */
  header?: number;
}

export interface Workbook {
  creator: string;
  sheets: readonly Sheet[];
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** The column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, '-').slice(0, 31) || 'Sheet';
}

/** A shared-strings table: each distinct text is stored once. */
class Strings {
  readonly list: string[] = [];
  private readonly ids = new Map<string, number>();
  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.list.push(text) - 1;
      this.ids.set(text, id);
    }
    return id;
  }
}

function cellXml(ref: string, value: CellValue, s: number, strings: Strings): string {
  const style = s ? ` s="${s}"` : '';
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"${style}><v>${value}</v></c>`;
  return `<c r="${ref}"${style} t="s"><v>${strings.id(String(value))}</v></c>`;
}

function rowXml(row: SheetRow, r: number, styles: StyleTable, strings: Strings): string {
  const s = styles.index(row.style);
  const cells = row.cells.map((value, c) => {
    const own = row.cellStyles?.get(c);
    return cellXml(
      `${columnName(c)}${r}`,
      value,
      styles.index(own ? { ...row.style, ...own } : row.style),
      strings,
    );
  });
  if (cells.length === 0 && s === 0) return '';
  return `<row r="${r}"${s ? ` s="${s}" customFormat="1"` : ''}>${cells.join('')}</row>`;
}

function headerRange(sheet: Sheet, header: number): string {
  const width = Math.max(1, sheet.rows[header]?.cells.length ?? 1);
  return `A${header + 1}:${columnName(width - 1)}${header + 1}`;
}

function sheetXml(sheet: Sheet, styles: StyleTable, strings: Strings): string {
  const { header } = sheet;
  const top = header === undefined ? '' : `A${header + 2}`;
  const pane =
    header === undefined
      ? ''
      : `<pane ySplit="${header + 1}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>` +
        `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/>`;
  const cols = (sheet.widths ?? []).map(
    (w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`,
  );
  const rows = sheet.rows.map((row, i) => rowXml(row, i + 1, styles, strings));
  return (
    `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols.length > 0 ? `<cols>${cols.join('')}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData>` +
    (header === undefined ? '' : `<autoFilter ref="${headerRange(sheet, header)}"/>`) +
    '</worksheet>'
  );
}

function workbookXml(sheets: readonly Sheet[]): string {
  const names = sheets.map((s) => sheetName(s.name));
  const filters = sheets.flatMap((s, i) => {
    if (s.header === undefined) return [];
    const range = headerRange(s, s.header).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
    const ref = `'${(names[i] ?? '').replace(/'/g, "''")}'!${range}`;
    return [
      `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlText(ref)}</definedName>`,
    ];
  });
  return (
    `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>` +
    names
      .map((name, i) => `<sheet name="${xmlText(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join('') +
    `</sheets>${filters.length > 0 ? `<definedNames>${filters.join('')}</definedNames>` : ''}</workbook>`
  );
}

function relationships(targets: [type: string, target: string][]): string {
  const rels = targets.map(
    ([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`,
  );
  return `${XML_HEAD}<Relationships xmlns="${PKG_REL}">${rels.join('')}</Relationships>`;
}

function contentTypes(sheetCount: number): string {
  const part = (name: string, type: string) => `<Override PartName="${name}" ContentType="${type}"/>`;
  const sheets = Array.from({ length: sheetCount }, (_, i) =>
    part(`/xl/worksheets/sheet${i + 1}.xml`, `${TYPE}.worksheet+xml`),
  );
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    part('/xl/workbook.xml', `${TYPE}.sheet.main+xml`) +
    sheets.join('') +
    part('/xl/styles.xml', `${TYPE}.styles+xml`) +
    part('/xl/sharedStrings.xml', `${TYPE}.sharedStrings+xml`) +
    part('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
    '</Types>'
  );
}

function coreXml(creator: string): string {
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/">' +
    `<dc:creator>${xmlText(creator)}</dc:creator></cp:coreProperties>`
  );
}

function sharedStringsXml(list: readonly string[]): string {
  const items = list.map((t) => `<si><t xml:space="preserve">${xmlText(t)}</t></si>`);
  return `${XML_HEAD}<sst xmlns="${MAIN}" count="${list.length}" uniqueCount="${list.length}">${items.join('')}</sst>`;
}

/** The workbook as the bytes of an .xlsx file. */
export function xlsxBytes(book: Workbook): Uint8Array {
  const styles = new StyleTable();
  const strings = new Strings();
  const files: Record<string, Uint8Array> = {};
  book.sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(sheet, styles, strings));
  });
  const n = book.sheets.length;
  const officeRel = `${REL}/`;
  return zipSync({
    '[Content_Types].xml': strToU8(contentTypes(n)),
    '_rels/.rels': strToU8(
      relationships([
        [`${officeRel}officeDocument`, 'xl/workbook.xml'],
        [
          'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
          'docProps/core.xml',
        ],
      ]),
    ),
    'docProps/core.xml': strToU8(coreXml(book.creator)),
    'xl/workbook.xml': strToU8(workbookXml(book.sheets)),
    'xl/_rels/workbook.xml.rels': strToU8(
      relationships([
        ...book.sheets.map((_, i): [string, string] => [
          `${officeRel}worksheet`,
          `worksheets/sheet${i + 1}.xml`,
        ]),
        [`${officeRel}styles`, 'styles.xml'],
        [`${officeRel}sharedStrings`, 'sharedStrings.xml'],
      ]),
    ),
    'xl/styles.xml': strToU8(styles.xml()),
    'xl/sharedStrings.xml': strToU8(sharedStringsXml(strings.list)),
    ...files,
  });
}
