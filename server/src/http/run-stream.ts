import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { Run } from '../runs/run-store';
import type { AppEnv, ServerDeps } from './env';

const KEEP_ALIVE_MS = 25_000;

/**
 * Server-Sent Events of one run: first the events after `since`, then each new one as the feed reads it,
 * each sent once and in order (`id` is its sequence number, so a reconnecting browser resumes with
 * Last-Event-ID). The feed reads a run's new events once for every stream of this instance that follows it.
 */
export function streamRun(c: Context<AppEnv>, deps: ServerDeps, run: Run, since: number) {
  return streamSSE(c, async (stream) => {
    const closed = new Promise<void>((resolve) => stream.onAbort(resolve));
    const unfollow = deps.feed.follow(run.id, Math.min(since, run.lastSeq), async (events) => {
      for (const event of events)
        await stream.writeSSE({ id: String(event.seq), event: 'run-event', data: JSON.stringify(event) });
    });
    const keepAlive = setInterval(() => void stream.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
    await closed;
    clearInterval(keepAlive);
    unfollow();
  });
}
