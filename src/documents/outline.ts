/**
 * The outline of the document's body: sections (I., II.), numbered items (1., 1.1., 1.2.1., "5 " without a dot),
 * lettered items (a)), bullets (-, +) and paragraphs. Numbering may restart under a heading ("1. Thành ủy" then
 * "1. Chủ trì…"); a line opening in lower case continues the line before it (a hard wrap).
 */
import { fold, type SourceLine } from './text';

export type OutlineKind = 'root' | 'section' | 'number' | 'letter' | 'dash' | 'plus' | 'para';

export interface OutlineNode {
  kind: OutlineKind;
  /** The marker as written: "II", "1.2.1", "a", "-", "+"; "" for paragraphs. */
  marker: string;
  /** Code in the plan: "III.1.2"; paragraphs share their parent's. */
  code: string;
  /** The text after the marker (hard wraps joined). */
  text: string;
  /** Line indexes (into the source lines) the node's text came from. */
  lines: number[];
  children: OutlineNode[];
  parent: OutlineNode | null;
  level: number;
}

const ROMAN = /^([IVX]{1,4})\s*[.:]\s+(\S.*)$/u;
const NUMBER = /^(\d{1,2}(?:\.\d{1,2})*)(?:(\.|\))\s*|\s+(?=\p{Lu}))(\S.*)$/u;
const LETTER = /^([a-zđ])\)\s*(\S.*)$/u;
const DASH = /^[-–•]\s*(\S.*)$/u;
const PLUS = /^\+\s*(\S.*)$/u;

function node(kind: OutlineKind, marker: string, text: string, line: number, level: number): OutlineNode {
  return { kind, marker, code: '', text, lines: [line], children: [], parent: null, level };
}

function classify(clean: string, line: number): OutlineNode {
  let m = ROMAN.exec(clean);
  if (m) return node('section', m[1] as string, m[2] as string, line, 0);
  m = NUMBER.exec(clean);
  if (m && !/^\d{1,2}\/\d/.test(clean)) return node('number', m[1] as string, m[3] as string, line, 0);
  m = LETTER.exec(clean);
  if (m) return node('letter', m[1] as string, m[2] as string, line, 0);
  m = DASH.exec(clean);
  if (m) return node('dash', '-', m[1] as string, line, 0);
  m = PLUS.exec(clean);
  if (m) return node('plus', '+', m[1] as string, line, 0);
  return node('para', '', clean, line, 0);
}

const CLOSING =
  /^(chuong trinh|ke hoach|huong dan|de an)[^.]{0,60}(co hieu luc|nay)|^trong qua trinh (to chuc )?thuc hien|^[^.]{0,80} de nghi cac (cap uy|co quan|don vi)/;

function depth(marker: string): number {
  return marker.split('.').length;
}

/** Whether a numbered line reads as a whole sentence (its own paragraphs would not belong to it). */
function isSentence(text: string): boolean {
  return text.length > 80 && /[.;]$/.test(text);
}

export function buildOutline(lines: readonly SourceLine[], from: number, to: number): OutlineNode {
  const root = node('root', '', '', from, -1);
  const stack: OutlineNode[] = [root];
  let last: OutlineNode | null = null;
  const top = () => stack[stack.length - 1] as OutlineNode;
  const attach = (n: OutlineNode) => {
    while (top().level >= n.level) stack.pop();
    n.parent = top();
    top().children.push(n);
    if (n.kind !== 'para') stack.push(n);
    last = n;
  };
  /** The nearest numbered-or-section node on the stack, and whether it restarted its parent's numbering. */
  const lastNumbered = () => [...stack].reverse().find((n) => n.kind === 'number' || n.kind === 'section');
  for (let i = from; i < to; i++) {
    const l = lines[i] as SourceLine;
    if (l.clean === '' || /^[-_=*]{3,}$/.test(l.raw)) continue;
    const n = classify(l.clean, i);
    const prev = last as OutlineNode | null;
    // a hard wrap: the line before stops mid-sentence and this one goes on (in lower case, or after a long line)
    const wrapped =
      prev &&
      ((/^\p{Ll}/u.test(n.text) && !/[.!?]$/.test(prev.text)) ||
        (prev.text.length > 120 && !/[.!?:;]$/.test(prev.text)));
    if (n.kind === 'para' && prev && wrapped) {
      prev.text = `${prev.text} ${n.text}`;
      prev.lines.push(i);
      continue;
    }
    if (n.kind === 'section') {
      n.level = 0;
    } else if (n.kind === 'number') {
      const anchor = lastNumbered();
      const d = depth(n.marker);
      n.level = d;
      if (anchor && anchor.kind === 'number' && depth(anchor.marker) === d) {
        // "1. Thành ủy Hải Phòng" followed by "1. Chủ trì…": numbering restarts under a heading
        if (
          n.marker.endsWith('1') &&
          n.marker.split('.').pop() === '1' &&
          anchor.children.length === 0 &&
          !isSentence(anchor.text)
        )
          n.level = anchor.level + 0.5;
        else if (anchor.level % 1 !== 0 && !headingLike(n.text)) n.level = anchor.level;
      }
    } else if (n.kind === 'letter') {
      n.level = (lastNumbered()?.level ?? 0) + 0.6;
    } else if (n.kind === 'dash' || n.kind === 'plus') {
      const base = (lastNumbered()?.level ?? 0) + 0.7;
      const dash = [...stack].reverse().find((s) => s.kind === 'dash' && s.level >= base);
      n.level = n.kind === 'plus' && dash ? dash.level + 0.1 : base;
    } else {
      if (CLOSING.test(l.folded)) {
        n.level = 0.1;
        while (stack.length > 1) stack.pop();
      } else {
        const owner = [...stack].reverse().find((s) => s.kind !== 'dash' && s.kind !== 'plus') ?? root;
        const home = owner.kind === 'number' && isSentence(owner.text) && owner.parent ? owner.parent : owner;
        while (top() !== home && stack.length > 1) stack.pop();
      }
      n.level = Infinity;
    }
    attach(n);
  }
  assignCodes(root, '');
  return root;
}

/** A heading that names who does the work ends with ":" or has no full stop and is short. */
function headingLike(text: string): boolean {
  return (
    /:$/.test(text) ||
    (text.length < 120 && !/[.;]$/.test(text) && !/\s(chu tri|phoi hop)\s/.test(fold(text)))
  );
}

function assignCodes(n: OutlineNode, parentCode: string): void {
  const ordinals = new Map<string, number>();
  for (const c of n.children) {
    if (c.kind === 'section') c.code = c.marker;
    else if (c.kind === 'para') c.code = parentCode;
    else if (c.kind === 'number') {
      const pm = n.kind === 'number' ? `${n.marker}.` : '';
      const own = pm && c.marker.startsWith(pm) ? c.marker.slice(pm.length) : c.marker;
      c.code = parentCode ? `${parentCode}.${own}` : own;
    } else {
      const k = (ordinals.get(c.kind) ?? 0) + 1;
      ordinals.set(c.kind, k);
      c.code = `${parentCode}.${c.kind === 'letter' ? c.marker : k}`;
    }
    assignCodes(c, c.code);
  }
}

/** Depth-first list of a node's descendants. */
export function descendants(n: OutlineNode): OutlineNode[] {
  return n.children.flatMap((c) => [c, ...descendants(c)]);
}
