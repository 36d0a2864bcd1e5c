/**
 * A task's main stage, from the verbs domain.md lists: each verb found in the task's text votes for its stage,
 * earlier words weigh more (the main verb opens the sentence), and a few phrases settle it outright
 * ("tham mưu ban hành", "cụ thể hóa", "sơ kết, tổng kết").
 */
import type { Stage } from '../domain/stage';
import { fold } from './text';

const VOTES: [Stage, RegExp, number][] = [
  ['drafting', /\bxay dung (cac |mot so )?(chuong trinh|ke hoach|de an|de cuong|quy che)\b/g, 2],
  [
    'drafting',
    /\b(bien soan|ky ket|cu the hoa|ke hoach cu the|tham muu ban hanh|trinh [^.;]{0,60}ban hanh|de xuat ke hoach)\b/g,
    4,
  ],
  ['drafting', /\bban hanh (ke hoach|quyet dinh|nghi quyet|chi thi|cong van)\b/g, 2],
  [
    'disseminating',
    /\b(tuyen truyen(?! vien)|quan triet|pho bien|chuyen trang|chuyen muc|tin,? bai|trien lam|co dong|phan bac|dinh huong thong tin|cung cap thong tin|cap nhat thong tin|thong tin tuyen truyen|co vu|quang ba|viet bai|dang tai|phong vien|hop bao|hoi nghi thong tin|khai thac thong tin)\b/g,
    1.5,
  ],
  ['disseminating', /\bhoi nghi\b/g, 1],
  ['studying', /\b(nghien cuu|hoc tap|tap huan|hoi thao|toa dam|sinh hoat chi bo)\b/g, 1.5],
  ['implementing', /\bchi dao\b/g, 0.3],
  ['implementing', /\b(kinh phi|ngan sach|ban hanh (cac |nhung )?co che)\b/g, 4],
  [
    'implementing',
    /\b(trien khai thuc hien|trien khai|to chuc thuc hien|kinh phi|phong trao thi dua|co che,? chinh sach|tao dieu kien|lanh dao|xu ly|thuc hien)\b/g,
    1,
  ],
  [
    'reviewing',
    /\b(kiem tra|giam sat|khao sat|theo doi|don doc|ra quet|nam bat|so ket|tong ket|danh gia ket qua|bieu duong|khen thuong|bao cao ket qua)\b/g,
    1.6,
  ],
];

const OVERRIDES: [Stage, RegExp][] = [
  [
    'reviewing',
    /\bxay dung (chuong trinh, )?ke hoach,? (va )?(to chuc |tien hanh )?(kiem tra|giam sat|danh gia)/,
  ],
  [
    'drafting',
    /^(chu tri |phoi hop )?(tham muu,? )?(xay dung (chuong trinh|ke hoach|de cuong|de an)|ban hanh|bien soan|to chuc ky ket|ky ket)\b/,
  ],
  [
    'reviewing',
    /^(chu tri,? )?(phoi hop [^.;]{0,60})?(tham muu [^.;]{0,60})?(to chuc )?(kiem tra|giam sat|theo doi|so ket|tong ket|danh gia)\b/,
  ],
];

/**
 * Watching over the work — checking, supervising, following up, taking stock — said of the assignee itself (not
 * "để Nhân dân giám sát", the aim of the task); scanning and sensing opinion count when they open the task.
 */
const MONITORING =
  /(?<!\b(de|cho) (nhan dan |nguoi dan )?)\b(kiem tra|giam sat|theo doi|don doc|so ket|tong ket)\b/;
const SENSING = /^(\S+ ){0,3}(ra quet|nam bat)\b/;

/** The stage a task's text most likely belongs to; "implementing" when no verb speaks. */
export function stageOf(text: string): Stage {
  const f = fold(text.replace(/\([^()]*\)/g, ' ')).slice(0, 400);
  const head = f.split(/[.;](?:\s|$)/)[0] ?? f;
  for (const [stage, re] of OVERRIDES) if (re.test(head)) return stage;
  // concretising the plan into one's own (cụ thể hóa) makes a task a drafting one wherever it is said
  if (/\b(cu the hoa|ke hoach cu the)\b/.test(f)) return 'drafting';
  const stage = vote(head) ?? vote(f) ?? 'implementing';
  // carrying out in general while watching over it: the watching is what the task adds to the plan
  return stage === 'implementing' && (MONITORING.test(f) || SENSING.test(head)) ? 'reviewing' : stage;
}

/** The stage the verbs of `f` vote for, or null when none speaks. */
function vote(f: string): Stage | null {
  const score = new Map<Stage, number>();
  for (const [stage, re, weight] of VOTES) {
    for (const m of f.matchAll(re)) {
      const near = 1 / (1 + m.index / (stage === 'drafting' ? 200 : 60));
      score.set(stage, (score.get(stage) ?? 0) + weight * near);
    }
  }
  let best: Stage | null = null;
  let top = 0.35;
  for (const [stage, s] of score) if (s > top) [best, top] = [stage, s];
  return best;
}
