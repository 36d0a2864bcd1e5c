import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../../src/domain/deadline';
import type { Plan } from '../../../src/domain/plan';
import {
  exportAssignmentsCsv,
  exportAssignmentsXlsx,
  exportCalendarIcs,
  exportPlanDocx,
  importDocx,
  importPlanText,
} from '../../../src/documents';
import { escapeText, foldLine } from '../../../src/documents/export-ics';
import { SEEDS_DIR, workflowDirectory } from './accuracy';

const directory = workflowDirectory();
const SEEDS = [
  '000_8d00d984ac6fa76b',
  '001_fe09ffdeaefaf820',
  '002_4d9905f3116d59b1',
  '003_c81e2607254c46bf',
  '004_dc9ebfa9b852a770',
];
const imported = (name: string) =>
  importPlanText(readFileSync(join(SEEDS_DIR, `${name}.txt`), 'utf8'), { directory }).plan;
const text = async (bytes: Uint8Array) =>
  (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;

describe('exportPlanDocx', () => {
  it('lays out a Party plan with every part, read back with mammoth', async () => {
    const plan = imported('003_c81e2607254c46bf');
    const out = await text(await exportPlanDocx(plan));
    for (const part of [
      'BAN THƯỜNG VỤ THÀNH ỦY',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số 66-CTr/TU',
      'Hải Phòng, ngày 02 tháng 02 năm 2024',
      'CHƯƠNG TRÌNH HÀNH ĐỘNG',
      'Căn cứ Nghị quyết số 43-NQ/TW',
      'III. NHIỆM VỤ CỤ THỂ',
      'Ban Dân vận Thành ủy chủ trì',
      'Thời hạn: hoàn thành trong quý I/2024.',
      'Nơi nhận:',
      'Lưu Văn phòng Thành ủy',
    ])
      expect(out).toContain(part);
    const signed = await text(await exportPlanDocx(imported('002_4d9905f3116d59b1')));
    expect(signed).toMatch(/T\/M BAN THƯỜNG VỤ\s+PHÓ BÍ THƯ\s+Đỗ Mạnh Hiến/);
  });

  it('writes the national motto for a State plan', async () => {
    const plan: Plan = { ...imported('004_dc9ebfa9b852a770'), format: 'state' };
    const out = await text(await exportPlanDocx(plan));
    expect(out).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(out).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(out).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
  });

  for (const name of SEEDS) {
    it(`round-trips seed ${name.slice(0, 3)}: the exported .docx imports to the same tasks, leads and deadlines`, async () => {
      const plan = imported(name);
      const back = await importDocx(await exportPlanDocx(plan), {
        directory: { bodies: plan.bodies, groups: plan.groups },
      });
      if (!back.ok) throw new Error(back.refusal.message.vi);
      const year = plan.date ? Number(plan.date.slice(0, 4)) : null;
      const meaning = (p: Plan) =>
        p.tasks.map((t) => [
          t.leadId,
          t.deadline && parseDeadline(t.deadline, { planYear: year }).due,
          t.deadline,
        ]);
      expect(meaning(back.plan)).toEqual(meaning(plan));
      expect([
        back.plan.kind,
        back.plan.format,
        back.plan.number,
        back.plan.title,
        back.plan.issuerIds,
      ]).toEqual([plan.kind, plan.format, plan.number, plan.title, plan.issuerIds]);
      expect(back.plan.signers.map((s) => s.name)).toEqual(plan.signers.map((s) => s.name));
    });
  }
});

describe('assignment table', () => {
  const plan = imported('002_4d9905f3116d59b1');

  it('writes CSV in UTF-8 with a BOM, quoting every field and doubling quotes', () => {
    const csv = exportAssignmentsCsv(plan);
    expect(csv.startsWith('\uFEFF"STT","Mã","Nhiệm vụ","Chủ trì"')).toBe(true);
    const rows = csv.slice(1).trimEnd().split('\r\n');
    expect(rows).toHaveLength(plan.tasks.length + 1);
    expect(csv).toContain(
      '"Trường Chính trị Tô Hiệu","Ban Tuyên giáo Thành ủy","Dự kiến tháng 9/2024","2024-09-30"',
    );
    const first = plan.tasks[0] as Plan['tasks'][number];
    const quoted = exportAssignmentsCsv({
      ...plan,
      tasks: [{ ...first, title: 'Tọa đàm "Doanh nhân", năm 2024' }],
    });
    expect(quoted).toContain('"Tọa đàm ""Doanh nhân"", năm 2024"');
  });

  it('writes an .xlsx workbook that reads back with the same rows', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(exportAssignmentsXlsx(plan).buffer as ArrayBuffer);
    const sheet = book.getWorksheet('Phân công');
    expect(sheet?.rowCount).toBe(plan.tasks.length + 1);
    expect(sheet?.getRow(1).getCell(4).value).toBe('Chủ trì');
    expect(sheet?.getRow(2).getCell(2).value).toBe(plan.tasks[0]?.code);
  });
});

describe('exportCalendarIcs', () => {
  const now = '2026-12-04T10:00:00Z';

  it('makes one event per dated task, with a time in Vietnam time, and a recurring reminder for ongoing duties', () => {
    const bach = imported('001_fe09ffdeaefaf820');
    const ics = exportCalendarIcs(
      { ...bach, validity: { from: '2026-01-01', to: '2026-12-31', phrase: 'năm 2026' } },
      { now },
    );
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('DTSTART:20260211T070000Z'); // 14h00 on 11/02/2026 in Hanoi
    expect(ics).toContain('DTSTART;VALUE=DATE:20260331'); // quý I năm 2026, due 31/3
    expect(ics).toContain('RRULE:FREQ=MONTHLY;UNTIL=20261231'); // "Tiến hành thường xuyên"
    const dated = bach.tasks.filter(
      (t) => t.deadline && parseDeadline(t.deadline, { planYear: 2026 }).due,
    ).length;
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(dated + 1);
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('escapes text and folds long lines without splitting a character', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const long = `SUMMARY:${'Nghị quyết '.repeat(20)}`;
    const folded = foldLine(long);
    expect(folded.split('\r\n ').join('')).toBe(long);
    for (const part of folded.split('\r\n'))
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
  });
});
