import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../../src/domain/deadline';
import { PlanSchema } from '../../../src/domain/plan';
import { importDocument, importPlanText } from '../../../src/documents';
import { SEEDS_DIR, workflowDirectory } from './accuracy';

const directory = workflowDirectory();
const seed = (prefix: string) => {
  const file = [
    '000_8d00d984ac6fa76b',
    '001_fe09ffdeaefaf820',
    '002_4d9905f3116d59b1',
    '003_c81e2607254c46bf',
    '004_dc9ebfa9b852a770',
  ].find((f) => f.startsWith(prefix)) as string;
  return readFileSync(join(SEEDS_DIR, `${file}.txt`), 'utf8');
};
const codes = (r: ReturnType<typeof importPlanText>) => r.warnings.map((w) => w.code);

describe('importPlanText: header', () => {
  it('reads a Party number, place, date and kind, and a State number under the national motto', () => {
    const party = importPlanText(seed('003'), { directory }).plan;
    expect(party.number).toEqual({ raw: 'Số 66-CTr/TU', number: '66', type: 'CTr', issuer: 'TU' });
    expect([party.format, party.kind, party.place, party.date]).toEqual([
      'party',
      'chuong-trinh-hanh-dong',
      'Hải Phòng',
      '2024-02-02',
    ]);
    const state = importPlanText(
      'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\nSố: 115/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHải Phòng, ngày 5\ntháng 3 năm 2024\n\nKẾ HOẠCH\nvề chuyển đổi số năm 2024\n\nI. MỤC ĐÍCH\nNâng cao.\nII. NHIỆM VỤ\n1. Giao Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Ngoại vụ xây dựng kế hoạch chuyển đổi số của ngành (hoàn thành trong quý II/2024).\n',
      { directory },
    ).plan;
    expect(state.number).toEqual({ raw: 'Số: 115/KH-UBND', number: '115', type: 'KH', issuer: 'UBND' });
    expect([state.format, state.date, state.title]).toEqual([
      'state',
      '2024-03-05',
      'Kế hoạch về chuyển đổi số năm 2024',
    ]);
    expect(state.tasks).toMatchObject([
      {
        leadId: 'so-tttt',
        participantIds: ['so-ngoai-vu'],
        deadline: 'hoàn thành trong quý II/2024',
        stage: 'drafting',
      },
    ]);
  });

  it('takes "Số: … Ngày: … Chuyển:" and its routing table as the receiving office’s stamp, not the plan’s number', () => {
    const r = importPlanText(seed('002'), { directory });
    expect(r.plan.number).toBeNull();
    expect(codes(r)).toEqual(
      expect.arrayContaining(['incoming-stamp-not-plan-number', 'routing-table', 'citation-conflict']),
    );
    expect(r.plan.title).toContain('tiếp tục thực hiện Chỉ thị số 05-CT/TW');
    expect(r.plan.title).not.toContain('Chuyển');
    expect(r.plan.basis.filter((b) => b.number === '01' && b.type === 'KL').map((b) => b.term)).toEqual([
      'XIII',
      'XII',
    ]);
  });

  it('finds the two issuers and two signature blocks of a bilateral programme', () => {
    const r = importPlanText(seed('000'), { directory });
    expect(r.plan.issuerIds).toEqual(['tu', 'tccs']);
    expect(r.plan.signers.map((s) => [s.capacity, s.name, s.bodyId])).toEqual([
      ['T/M BỘ BIÊN TẬP', 'Lê Hải Bình', 'tccs'],
      ['T/M BAN THƯỜNG VỤ', 'Lê Tiến Châu', 'btv-tu'],
    ]);
    expect(r.plan.validity.to).toBe('2025-12-31');
    expect(codes(r)).toEqual(expect.arrayContaining(['two-issuers', 'no-review-stage']));
  });

  it('skips handwritten notes above the header and OCR lines, and reads requests as requests', () => {
    const r = importPlanText(seed('004'), { directory });
    expect(codes(r)).toEqual(expect.arrayContaining(['notes-above-header', 'ocr-block', 'requests-only']));
    expect(r.plan.number?.raw).toBe('Số 70-HD/BTGTU');
    expect(r.plan.issuerIds).toEqual(['btg-tu']);
    expect(r.plan.tasks.every((t) => t.mode === 'request')).toBe(true);
    expect(r.plan.recipients.find((x) => x.name.startsWith('Ban Tuyên giáo Trung ương'))?.purpose).toBe(
      'bao-cao',
    );
  });
});

describe('importPlanText: tasks', () => {
  it('reads a heading "X:" and its tasks, adoption, child plans and the deadline in an appendix', () => {
    const r = importPlanText(seed('003'), { directory });
    const t = (code: string) => r.plan.tasks.find((x) => x.code === code);
    expect(t('III.3.4.2')).toMatchObject({
      leadId: 'bdv-tu',
      adoptedById: 'btv-tu',
      deadline: 'hoàn thành trong quý I/2024',
    });
    expect(t('III.5.1')).toMatchObject({ leadId: 'qu-hu-du', childPlan: true, stage: 'drafting' });
    expect(t('III.3.4.1')?.deadline).toBe('(cụ thể tại Phụ lục)');
    expect(codes(r)).toEqual(expect.arrayContaining(['appendix-missing', 'no-signature']));
  });

  it('reads "Giao X chủ trì, phối hợp với Y", the report edge and the typo "Chỉ trì"', () => {
    const r2 = importPlanText(seed('002'), { directory });
    expect(r2.plan.tasks.find((t) => t.code === 'II.3.1.2')).toMatchObject({
      leadId: 'truong-ct-to-hieu',
      participantIds: ['btg-tu'],
      adoptedById: 'btv-tu',
      deadline: 'Dự kiến tháng 9/2024',
    });
    expect(r2.plan.tasks.find((t) => t.code === 'II.2.2 (1)')?.report).toEqual({
      toId: 'btv-tu',
      viaId: 'btg-tu',
      deadline: 'trước ngày 10/4/2024',
    });
    const r1 = importPlanText(seed('001'), { directory });
    expect(r1.plan.tasks.find((t) => t.code === 'III.1.1')?.leadId).toBe('ban-xdd');
    expect(codes(r1)).toEqual(expect.arrayContaining(['typo', 'date-inconsistency']));
  });

  it('keeps every deadline phrase as written and readable by the core’s parser', () => {
    for (const p of ['000', '001', '002', '003', '004']) {
      for (const t of importPlanText(seed(p), { directory }).plan.tasks) {
        if (t.deadline) expect(parseDeadline(t.deadline, { planYear: 2024 }).phrase).toBe(t.deadline);
      }
    }
  });

  it('matches names written without diacritics, and makes an unknown body a new one to review', () => {
    const r = importPlanText(
      'KẾ HOẠCH\nthực hiện chuyên đề\n\nI. MỤC ĐÍCH\nA.\nII. NHIỆM VỤ\n1. Ban Tuyen giao Thanh uy chu tri, phoi hop voi Ban To chuc Thanh uy huong dan hoc tap chuyen de.\n2. Giao Ban Quản lý dự án Công trình giao thông chủ trì tổ chức kiểm tra (trước ngày 15/6/2024).\n',
      { directory },
    );
    expect(r.plan.tasks.map((t) => [t.leadId, t.participantIds, t.stage])).toEqual([
      ['btg-tu', ['btc-tu'], 'studying'],
      ['ban-quan-ly-du-an-cong-trinh-giao-thong', [], 'reviewing'],
    ]);
    expect(codes(r)).toContain('new-body');
    expect(r.plan.bodies.map((b) => b.id)).toContain('ban-quan-ly-du-an-cong-trinh-giao-thong');
  });
});

describe('importPlanText: spans, confidences and bad input', () => {
  it('gives every item a span of the normalised text that holds what it names', () => {
    const r = importPlanText(seed('002'), { directory });
    expect(r.items.length).toBeGreaterThan(50);
    for (const item of r.items) {
      expect(item.span.end).toBeGreaterThanOrEqual(item.span.start);
      expect(item.span.startLine).toBeLessThanOrEqual(item.span.endLine);
      expect(item.confidence).toBeGreaterThan(0);
      expect(item.confidence).toBeLessThanOrEqual(1);
    }
    const number = r.items.find((i) => i.field === 'kind');
    expect(r.text.slice(number?.span.start, number?.span.end)).toBe('KẾ HOẠCH');
    const task = r.items.find((i) => i.field === 'task' && i.value === 't-ii-3-1-2');
    expect(r.text.slice(task?.span.start, task?.span.end)).toContain('Giao Trường Chính trị Tô Hiệu chủ trì');
  });

  it('gives a header-only draft for a document without tasks, and never throws', () => {
    const r = importPlanText(
      'THÀNH ỦY HẢI PHÒNG\nSố 12-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nHải Phòng, ngày 1 tháng 2 năm 2024\nKẾ HOẠCH\nvề công tác năm 2024\n',
      { directory },
    );
    expect(PlanSchema.safeParse(r.plan).success).toBe(true);
    expect(r.plan).toMatchObject({ kind: 'ke-hoach', date: '2024-02-01', issuerIds: ['tu'], tasks: [] });
    expect(r.warnings.map((w) => w.code)).toContain('no-tasks');
    for (const text of ['', '\u0000\u0001', 'I.', '- - -\n+\n1.\n1.1.1.1.\na)']) {
      expect(PlanSchema.safeParse(importPlanText(text).plan).success).toBe(true);
    }
  });

  it('refuses empty, binary, foreign and non-plan texts with the reason in Vietnamese', () => {
    const refused = (text: string) => {
      const r = importDocument(text, { directory });
      return r.ok ? null : r.refusal.code;
    };
    expect(refused('  \n ')).toBe('empty');
    expect(refused('\u0000\u0001\u0002abc\u0003\u0004'.repeat(50))).toBe('binary');
    expect(
      refused('This plan sets out the tasks of every department for the coming year and their deadlines.'),
    ).toBe('language');
    expect(refused('Hôm nay trời đẹp, chúng tôi đi chơi công viên và ăn kem cùng các bạn trong lớp.')).toBe(
      'not-a-plan',
    );
    expect(refused(seed('001'))).toBeNull();
  });
});
