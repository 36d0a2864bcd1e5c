/**
 * A plan as a Word document laid out like its source: Party form (issuer, "*", "Số 66-CTr/TU" beside
 * "ĐẢNG CỘNG SẢN VIỆT NAM") or State form (national motto), place and date, kind and title, basis, sections with
 * each task's lead, participants and deadline, recipients and the signature block.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { LABELS } from '../domain/labels';
import type { Plan } from '../domain/plan';
import { assignmentRows, nameIn, type AssignmentRow } from './assignment-rows';

const FONT = 'Times New Roman';
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

function line(
  text: string,
  opts: { bold?: boolean; italics?: boolean; center?: boolean; size?: number } = {},
) {
  return new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    children: [
      new TextRun({ text, bold: opts.bold, italics: opts.italics, font: FONT, size: opts.size ?? 26 }),
    ],
  });
}

function twoColumns(left: Paragraph[], right: Paragraph[]): Table {
  const cell = (children: Paragraph[]) =>
    new TableCell({
      children: children.length ? children : [line('')],
      width: { size: 50, type: WidthType.PERCENTAGE },
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left), cell(right)] })],
  });
}

/** "Hải Phòng, ngày 02 tháng 02 năm 2024". */
function placeDate(plan: Plan): string | null {
  if (!plan.date) return null;
  const [y, m, d] = plan.date.split('-');
  return `${plan.place ?? ''}, ngày ${d} tháng ${m} năm ${y}`.replace(/^, /, '');
}

function header(plan: Plan): Table {
  const name = (id: string) => nameIn(plan, id);
  const left = [
    ...plan.issuerIds.map((id) => line(name(id).toUpperCase(), { bold: true, center: true })),
    line('*', { center: true }),
    ...(plan.number ? [line(plan.number.raw, { center: true })] : []),
  ];
  const motto =
    plan.format === 'party'
      ? [line('ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true, center: true })]
      : [
          line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, center: true }),
          line('Độc lập - Tự do - Hạnh phúc', { bold: true, center: true }),
        ];
  const when = placeDate(plan);
  return twoColumns(left, [...motto, ...(when ? [line(when, { italics: true, center: true })] : [])]);
}

function titleLines(plan: Plan): Paragraph[] {
  const label = LABELS.vi.planKinds[plan.kind];
  const starts = plan.title.toLowerCase().startsWith(label.toLowerCase());
  const rest = starts ? plan.title.slice(label.length).trim() : plan.title;
  return [
    line(label.toUpperCase(), { bold: true, center: true, size: 28 }),
    ...(rest ? [line(rest, { bold: true, center: true })] : []),
  ];
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** The sections with their tasks; tasks whose section is not listed go into a last one. */
function grouped(plan: Plan): { code: string; title: string; rows: AssignmentRow[] }[] {
  const rows = assignmentRows(plan);
  const out = plan.sections.map((s) => ({ ...s, rows: rows.filter((r) => r.task.section === s.code) }));
  const orphans = rows.filter((r) => !plan.sections.some((s) => s.code === r.task.section));
  if (orphans.length)
    out.push({ code: ROMAN[out.length] ?? String(out.length + 1), title: 'NHIỆM VỤ', rows: orphans });
  return out;
}

function body(plan: Plan): Paragraph[] {
  const out: Paragraph[] = plan.basis.map((b) => line(`Căn cứ ${b.raw};`, { italics: true }));
  if (plan.issuerIds.length > 1) {
    const names = plan.issuerIds.map((id) => nameIn(plan, id));
    const label = LABELS.vi.planKinds[plan.kind].toLowerCase();
    out.push(
      line(`${names.slice(0, -1).join(', ')} và ${names[names.length - 1]} thống nhất ${label} như sau:`),
    );
  }
  for (const s of grouped(plan)) {
    out.push(line(`${s.code}. ${s.title}`, { bold: true }));
    s.rows.forEach((r, i) => {
      const text = r.task.text || r.task.title;
      if (r.task.leadId === null && r.participants) {
        // no lead: an activity its participants take part in, laid out as one with its attendees
        out.push(line(`${i + 1}. ${text.replace(/[.:]$/, '')}:`));
        out.push(line(`- Thành phần dự: ${r.participants}.`));
      } else {
        const who = r.participants
          ? `${r.lead} chủ trì, phối hợp với ${r.participants}`
          : `${r.lead} chủ trì`;
        out.push(line(`${i + 1}. ${who}: ${text}`));
      }
      out.push(line(`- Thời hạn: ${r.task.deadline ?? 'chưa xác định'}.`));
    });
  }
  return out;
}

const PURPOSE: Record<Plan['recipients'][number]['purpose'], string> = {
  'bao-cao': ' (để báo cáo)',
  'thuc-hien': ' (để thực hiện)',
  biet: ' (để biết)',
  luu: '',
  khac: '',
};

function closing(plan: Plan): Table {
  const recipients = [
    line('Nơi nhận:', { bold: true, italics: true, size: 24 }),
    ...plan.recipients.map((r) =>
      line(`- ${r.purpose === 'luu' ? 'Lưu ' : ''}${r.name}${PURPOSE[r.purpose]},`, { size: 22 }),
    ),
  ];
  const signatures = plan.signers.flatMap((s) => [
    ...(s.capacity ? [line(s.capacity, { bold: true, center: true })] : []),
    ...(s.title ? [line(s.title, { bold: true, center: true })] : []),
    line(''),
    ...(s.name ? [line(s.name, { bold: true, center: true })] : []),
    line(''),
  ]);
  return twoColumns(recipients, signatures);
}

/** The plan as a .docx file's bytes. */
export async function exportPlanDocx(plan: Plan): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'Rollout Studio',
    title: plan.title,
    sections: [
      {
        children: [
          header(plan),
          line(''),
          ...titleLines(plan),
          line(''),
          ...body(plan),
          line(''),
          closing(plan),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
