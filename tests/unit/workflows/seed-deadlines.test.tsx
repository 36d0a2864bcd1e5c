// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDateVi } from '../../../src/domain/date';
import { dueStatesFor, type DueState } from '../../../src/domain/due-state';
import { LABELS } from '../../../src/domain/labels';
import type { Plan } from '../../../src/domain/plan';
import { parsePlanJson } from '../../../src/domain/plan-parse';
import { planYearOf } from '../../../src/domain/plan-year';
import { Inspector } from '../../../src/ui/editor/inspector/Inspector';

afterEach(cleanup);

const TODAY = '2025-06-15';
const dir = 'workflows';

function seedPlans(): Plan[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.plan.json'))
    .map((f) => {
      const parsed = parsePlanJson(readFileSync(join(dir, f), 'utf8'));
      if (!parsed.ok) throw new Error(`${f} does not parse`);
      return parsed.plan;
    });
}

/** What the inspector shows for the task's deadline: the rows of its meaning, by their label. */
function inspectorMeaning(plan: Plan, taskId: string): Map<string, string> {
  render(<Inspector plan={plan} taskId={taskId} onCommand={() => ({ ok: true, plan })} directory={[]} />);
  const input = screen.getByLabelText('Thời hạn (như văn bản ghi)');
  const output = input.parentElement?.querySelector('output');
  const rows = new Map<string, string>();
  for (const dt of output?.querySelectorAll('dt') ?? [])
    rows.set(dt.textContent ?? '', dt.nextElementSibling?.textContent ?? '');
  cleanup();
  return rows;
}

/** The canvas state the inspector's meaning implies, seen from `TODAY`. */
function stateFromInspector(rows: Map<string, string>): DueState {
  const kinds = LABELS.vi.deadlineKinds;
  const kind = rows.get('Loại thời hạn');
  if (kind === kinds.ongoing) return 'ongoing';
  if (kind === kinds.recurring) return 'recurring';
  const due = rows.get('Hạn cuối') ?? '—';
  if (due === '—') return 'unknown';
  if (rows.get('Dự kiến') === 'Có') return 'tentative';
  const [d, m, y] = due.split('/');
  const iso = `${y}-${m}-${d}`;
  if (iso < TODAY) return 'overdue';
  return iso <= '2025-06-29' ? 'soon' : 'later';
}

describe('the seed plans: the canvas and the inspector give every deadline the same meaning', () => {
  for (const plan of seedPlans()) {
    it(plan.id, () => {
      const canvasState = dueStatesFor(planYearOf(plan), TODAY);
      const tasks = plan.tasks.filter((t) => t.deadline && t.deadline.trim() !== '');
      for (const task of tasks) {
        const shown = { task: task.id, phrase: task.deadline };
        expect({ ...shown, state: stateFromInspector(inspectorMeaning(plan, task.id)) }).toEqual({
          ...shown,
          state: canvasState(task.deadline),
        });
      }
    });
  }

  it('"cuối năm" in the 01-KL/TW plan of 2024 is 31/12/2024 on both paths', () => {
    const plan = seedPlans().find((p) => p.id === 'hai-phong-btv-tu-kh-01-kl-tw-2024');
    const task = plan?.tasks.find((t) => t.deadline === 'cuối năm');
    if (!plan || !task) throw new Error('the seed plan or its task is missing');
    expect(inspectorMeaning(plan, task.id).get('Hạn cuối')).toBe(formatDateVi('2024-12-31'));
    expect(dueStatesFor(planYearOf(plan), TODAY)(task.deadline)).toBe('overdue');
  });
});
