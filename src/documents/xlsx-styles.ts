/** The cell styles of an .xlsx workbook (xl/styles.xml): each distinct style used gets one index. */
import { xmlText } from './xml';

/** How a cell looks: bold, a font size in points, wrapped text aligned to the top, a solid fill (ARGB). */
export interface CellStyle {
  bold?: boolean;
  size?: number;
  wrap?: boolean;
  fill?: string;
}

const DEFAULT_SIZE = 11;

function fontXml(style: CellStyle): string {
  const bold = style.bold ? '<b/>' : '';
  return `<font>${bold}<sz val="${style.size ?? DEFAULT_SIZE}"/><name val="Calibri"/><family val="2"/></font>`;
}

function fillXml(argb: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${xmlText(argb)}"/><bgColor indexed="64"/></patternFill></fill>`;
}

/** Collects the styles the sheets use; `index` gives a cell's `s` attribute (0: the default look). */
export class StyleTable {
  private readonly keys = new Map<string, number>();
  private readonly styles: CellStyle[] = [];

  index(style: CellStyle | undefined): number {
    if (!style || Object.values(style).every((v) => v === undefined || v === false)) return 0;
    const key = JSON.stringify([
      style.bold ?? false,
      style.size ?? DEFAULT_SIZE,
      style.wrap ?? false,
      style.fill,
    ]);
    let index = this.keys.get(key);
    if (index === undefined) {
      this.styles.push(style);
      index = this.styles.length;
      this.keys.set(key, index);
    }
    return index;
  }

  /** xl/styles.xml: one font and fill per style (fills 0 and 1 are the two the format reserves). */
  xml(): string {
    const fonts = [fontXml({}), ...this.styles.map(fontXml)];
    const fills = [
      '<fill><patternFill patternType="none"/></fill>',
      '<fill><patternFill patternType="gray125"/></fill>',
      ...this.styles.flatMap((s) => (s.fill ? [fillXml(s.fill)] : [])),
    ];
    let nextFill = 2;
    const xfs = this.styles.map((s, i) => {
      const fillId = s.fill ? nextFill++ : 0;
      const align = s.wrap ? '<alignment wrapText="1" vertical="top"/>' : '';
      const applied = `applyFont="1"${s.fill ? ' applyFill="1"' : ''}${s.wrap ? ' applyAlignment="1"' : ''}`;
      return `<xf numFmtId="0" fontId="${i + 1}" fillId="${fillId}" borderId="0" xfId="0" ${applied}>${align}</xf>`;
    });
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      `<fonts count="${fonts.length}">${fonts.join('')}</fonts>` +
      `<fills count="${fills.length}">${fills.join('')}</fills>` +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${xfs.length + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>${xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}
