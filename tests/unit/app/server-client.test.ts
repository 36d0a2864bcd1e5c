import { describe, expect, it } from 'vitest';
import { ServerClient, ServerUnreachable, type Fetch } from '../../../src/app/server-client';

/** A server that takes the request and never answers (a host that drops packets). */
const silent: Fetch = (_input, init) =>
  new Promise((_resolve, reject) =>
    init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
  );

describe('the server client', () => {
  it('a request the server never answers counts as unreachable after the timeout, with the reason', async () => {
    const client = new ServerClient('http://127.0.0.1:9', silent, 30);
    const failed = await client.runs().catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(ServerUnreachable);
    expect((failed as ServerUnreachable).reason).toEqual({
      vi: 'Không kết nối được máy chủ http://127.0.0.1:9.',
      en: 'Cannot reach the server http://127.0.0.1:9.',
    });
  });

  it('a stream is not timed: only its caller ends it', async () => {
    const client = new ServerClient('http://127.0.0.1:9', silent, 30);
    const stop = new AbortController();
    const heard = { heard: () => {}, opened: () => {} };
    let settled = false;
    const streaming = client.stream('run', 0, heard, stop.signal).finally(() => (settled = true));
    streaming.catch(() => {});
    await new Promise((r) => setTimeout(r, 80));
    expect(settled).toBe(false);
    stop.abort();
    await expect(streaming).rejects.toMatchObject({ name: 'AbortError' });
  });
});
