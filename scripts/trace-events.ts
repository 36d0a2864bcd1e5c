/**
 * Reading a Chromium performance trace (`browser.startTracing` / `stopTracing`) for the browser bench:
 * the renderer main thread's tasks and the frames it produced.
 */
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/** Categories that hold the main thread's tasks and its animation frames. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

function mainThreadEvents(trace: Buffer): TraceEvent[] {
  const parsed = JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const mains = events.filter(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  const busiest = mains
    .map((m) => events.filter((e) => e.pid === m.pid && e.tid === m.tid))
    .sort((a, b) => b.length - a.length)[0];
  if (!busiest) throw new Error('the trace has no renderer main thread');
  return busiest;
}

const isTask = (e: TraceEvent) => e.ph === 'X' && e.name === 'RunTask';

/** Durations (ms) of every task the renderer's main thread ran (of the page's renderer: the busiest). */
export function mainThreadTasks(trace: Buffer): number[] {
  return mainThreadEvents(trace)
    .filter(isTask)
    .map((e) => (e.dur ?? 0) / 1000);
}

/**
 * The main thread's work (ms) for each frame it produced: the time its tasks ran between the start and
 * the end of the frame, as Chromium's `AnimationFrame` events bound it (idle time not counted).
 */
export function frameWork(trace: Buffer): number[] {
  const events = mainThreadEvents(trace);
  const tasks = events.filter(isTask);
  const bounds = events
    .filter((e) => e.name === 'AnimationFrame' && (e.ph === 'b' || e.ph === 'e'))
    .sort((a, b) => a.ts - b.ts);
  const work: number[] = [];
  let start: number | null = null;
  for (const e of bounds) {
    if (e.ph === 'b') start = e.ts;
    else if (start !== null) {
      const from = start;
      const busy = tasks.reduce(
        (sum, t) => sum + Math.max(0, Math.min(e.ts, t.ts + (t.dur ?? 0)) - Math.max(from, t.ts)),
        0,
      );
      work.push(busy / 1000);
      start = null;
    }
  }
  return work;
}
