import { readIso, toIso } from '../../../domain/date';
import type { Plan } from '../../../domain/plan';
import type { Forecast, TaskForecast } from '../../../engine/forecast-types';
import { daysBetween } from '../../../engine/what-if-compare';
import type { PlanLookup } from './plan-lookup';

/** How a task is drawn: finite work as a bar, a duty without an end as a band, a fixed-day event as a point. */
export type Shape = 'bar' | 'band' | 'point' | 'none';

export interface TimelineItem {
  forecast: TaskForecast;
  code: string;
  title: string;
  shape: Shape;
  /** Day offsets from the timeline's first day: bar from `from` to `p50` (solid) and on to `p90`. */
  from: number | null;
  p50: number | null;
  p90: number | null;
  deadline: number | null;
  late: boolean;
}

export interface TimelineGroup {
  bodyId: string | null;
  name: string;
  finish: string | null;
  items: TimelineItem[];
}

export interface TimelineModel {
  from: string;
  /** Days the timeline spans. */
  days: number;
  groups: TimelineGroup[];
  /** First day of each month in the span, with its offset. */
  months: { iso: string; at: number }[];
}

/** At least a month, at most six years are drawn (a "2026 – 2030" window does not stretch every bar). */
const MIN_DAYS = 31;
const MAX_DAYS = 6 * 366;

function monthsIn(from: string, days: number): { iso: string; at: number }[] {
  const first = readIso(from);
  if (!first) return [];
  const out: { iso: string; at: number }[] = [];
  for (let i = 1; ; i++) {
    const index = first.year * 12 + first.month - 1 + i;
    const iso = toIso(Math.floor(index / 12), (index % 12) + 1, 1);
    const at = daysBetween(from, iso) ?? Infinity;
    if (at > days) return out;
    out.push({ iso, at });
  }
}

function shapeOf(t: TaskForecast): Shape {
  if (t.mode === 'band') return t.band ? 'band' : 'none';
  if (t.mode === 'event') return t.p50 ? 'point' : 'none';
  return t.mode === 'work' && t.start ? 'bar' : 'none';
}

/**
 * The timeline of a forecast: one group per lead body (in plan order, tasks without a lead last), each task
 * placed in days from the forecast's start; bands run to the end of the span when the plan gives none.
 */
export function timelineOf(plan: Plan, forecast: Forecast, lookup: PlanLookup): TimelineModel {
  const { start } = forecast;
  const at = (iso: string | null) => daysBetween(start, iso);
  const dates = forecast.tasks.flatMap((t) => [t.p90, t.deadline, t.band?.to ?? null]);
  const last = Math.max(MIN_DAYS, ...dates.map((d) => at(d) ?? 0));
  const days = Math.min(MAX_DAYS, last + 7);
  const clamp = (d: number | null) => (d === null ? null : Math.max(0, Math.min(days, d)));
  const late = new Set(forecast.likelyLate);
  const finishOf = new Map(forecast.bodies.map((b) => [b.assigneeId, b.p50]));
  const groups = new Map<string | null, TimelineGroup>();
  for (const b of plan.bodies) groups.set(b.id, { bodyId: b.id, name: b.name, finish: null, items: [] });
  for (const t of forecast.tasks) {
    const task = lookup.task(t.taskId);
    const leadId = task?.leadId ?? task?.participantIds[0] ?? null;
    let group = groups.get(leadId);
    if (!group) {
      group = { bodyId: leadId, name: leadId ? lookup.name(leadId) : '', finish: null, items: [] };
      groups.set(leadId, group);
    }
    const shape = shapeOf(t);
    group.items.push({
      forecast: t,
      code: task?.code ?? t.taskId,
      title: task?.title ?? t.taskId,
      shape,
      from: clamp(shape === 'band' ? at(t.band?.from ?? start) : at(t.start)),
      p50: clamp(shape === 'band' ? (at(t.band?.to ?? null) ?? days) : at(t.p50)),
      p90: clamp(at(t.p90)),
      deadline: clamp(at(t.deadline)),
      late: late.has(t.taskId),
    });
  }
  const ordered = [...groups.values()].filter((g) => g.items.length > 0);
  for (const g of ordered) g.finish = g.bodyId ? (finishOf.get(g.bodyId) ?? null) : null;
  ordered.sort((a, b) => Number(a.bodyId === null) - Number(b.bodyId === null));
  return { from: start, days, groups: ordered, months: monthsIn(start, days) };
}
