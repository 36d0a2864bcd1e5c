import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { eventsSince } from '../runs/run-store';
import type { AppEnv, ServerDeps } from './env';

const KEEP_ALIVE_MS = 25_000;

/**
 * Server-Sent Events of one run: first the events after `since`, then each new one as the feed hears of it,
 * each sent once and in order (`id` is its sequence number, so a reconnecting browser resumes with
 * Last-Event-ID). The feed only says "something new"; the events themselves are read from the log.
 */
export function streamRun(c: Context<AppEnv>, deps: ServerDeps, runId: string, since: number) {
  return streamSSE(c, async (stream) => {
    let sent = since;
    let pumping = Promise.resolve();
    const pump = () => {
      pumping = pumping.then(async () => {
        for (const event of await eventsSince(deps.db, runId, sent)) {
          await stream.writeSSE({ id: String(event.seq), event: 'run-event', data: JSON.stringify(event) });
          sent = event.seq;
        }
      });
      return pumping;
    };
    const unsubscribe = deps.feed.subscribe(runId, (seq) => void (seq > sent && pump()));
    const keepAlive = setInterval(() => void stream.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
    const closed = new Promise<void>((resolve) => stream.onAbort(resolve));
    await pump();
    await closed;
    clearInterval(keepAlive);
    unsubscribe();
  });
}
