import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { LoggedEvent, Run } from '../runs/run-store';
import type { AppEnv, ServerDeps } from './env';

const KEEP_ALIVE_MS = 25_000;

/** Each event as an SSE message, written once however many streams send it (the feed shares the objects). */
const messages = new WeakMap<LoggedEvent, string>();
const message = (event: LoggedEvent) => {
  let text = messages.get(event);
  if (text === undefined) {
    text = `id: ${event.seq}\nevent: run-event\ndata: ${JSON.stringify(event)}\n\n`;
    messages.set(event, text);
  }
  return text;
};

/**
 * Server-Sent Events of one run: first the events after `since`, then each new one as the feed reads it,
 * each sent once and in order (`id` is its sequence number, so a reconnecting browser resumes with
 * Last-Event-ID). The feed reads a run's new events once for every stream of this instance that follows it;
 * the events it hands over at once go out in one write. (JSON.stringify never writes a line break, so each
 * event is one `data:` line.)
 */
export function streamRun(c: Context<AppEnv>, deps: ServerDeps, run: Run, since: number) {
  return streamSSE(c, async (stream) => {
    const closed = new Promise<void>((resolve) => stream.onAbort(resolve));
    const unfollow = deps.feed.follow(run.id, Math.min(since, run.lastSeq), (events) =>
      stream.write(events.map(message).join('')).then(() => undefined),
    );
    const keepAlive = setInterval(() => void stream.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
    await closed;
    clearInterval(keepAlive);
    unfollow();
  });
}
