import { afterAll, describe, expect, it, vi } from 'vitest';
import { openPostgres } from '../../server/src/db/pg-database';
import { startInstance } from '../../server/src/instance';
import { ENGINES, freshPostgresUrl, hasPostgres } from './databases';
import { approve, issueRun, report, start, submission, world } from './harness';

/** Read Server-Sent Events from `response` until `count` "run-event" messages have come; their data. */
async function readEvents(response: Response, count: number): Promise<Array<{ seq: number }>> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const events: Array<{ seq: number }> = [];
  let buffer = '';
  while (events.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    const messages = buffer.split('\n\n');
    buffer = messages.pop() ?? '';
    for (const m of messages)
      if (m.includes('event: run-event')) events.push(JSON.parse(/^data: (.*)$/m.exec(m)?.[1] ?? 'null'));
  }
  await reader.cancel();
  return events;
}

describe.each(ENGINES)('live updates on $name', (engine) => {
  let w: Awaited<ReturnType<typeof world>>;
  afterAll(async () => w?.close());

  it('a stream sends the events since its start, then each new one as it is appended', async () => {
    w = await world(await engine.open());
    const [admin, lead] = await Promise.all([w.as('admin'), w.as('lead')]);
    const runId = await issueRun(admin);
    await lead.json('POST', `/api/runs/${runId}/events`, submission(1, start('b1', 't1')));
    const stream = await admin.call('GET', `/api/runs/${runId}/stream?since=0`);
    expect(stream.headers.get('content-type')).toMatch(/text\/event-stream/);
    const heard = readEvents(stream, 4);
    await lead.json('POST', `/api/runs/${runId}/events`, submission(2, report('b1', 't1')));
    await admin.json('POST', `/api/runs/${runId}/events`, submission(3, approve('b1', 't1')));
    expect((await heard).map((e) => e.seq)).toEqual([1, 2, 3, 4]);
  });

  it('many streams of one run share one read of each new event, and each gets every event once, in order', async () => {
    const [admin, lead] = await Promise.all([w.as('admin'), w.as('lead')]);
    const runId = await issueRun(admin);
    const reads = vi.spyOn(w.db, 'query');
    const streams = await Promise.all(
      Array.from({ length: 20 }, () => admin.call('GET', `/api/runs/${runId}/stream?since=0`)),
    );
    const heard = streams.map((stream) => readEvents(stream, 3));
    await lead.json('POST', `/api/runs/${runId}/events`, submission(1, start('b1', 't1')));
    await lead.json('POST', `/api/runs/${runId}/events`, submission(2, report('b1', 't1')));
    for (const events of await Promise.all(heard)) expect(events.map((e) => e.seq)).toEqual([1, 2, 3]);
    const logReads = reads.mock.calls.filter(([sql]) =>
      /FROM run_events WHERE run_id = \$1 AND seq > \$2/.test(sql),
    );
    expect(logReads.length).toBeLessThanOrEqual(6);
    reads.mockRestore();
  });
});

describe.skipIf(!hasPostgres)('two server instances on one PostgreSQL', () => {
  it('an event appended through one instance reaches a browser of the other through NOTIFY', async () => {
    const url = await freshPostgresUrl();
    const w = await world(openPostgres(url));
    const otherDb = openPostgres(url);
    const other = await startInstance(otherDb);
    try {
      const [admin, lead] = await Promise.all([w.as('admin'), w.as('lead')]);
      const runId = await issueRun(admin);
      const watcher = await w.as('helper', other);
      const stream = await watcher.call('GET', `/api/runs/${runId}/stream`);
      const heard = readEvents(stream, 3);
      await lead.json('POST', `/api/runs/${runId}/events`, submission(1, start('b1', 't1')));
      await lead.json('POST', `/api/runs/${runId}/events`, submission(2, report('b1', 't1')));
      expect((await heard).map((e) => e.seq)).toEqual([1, 2, 3]);
    } finally {
      await other.stop();
      await otherDb.close();
      await w.close();
    }
  });

  it('a stream keeps delivering after the listening connection to PostgreSQL is killed', async () => {
    const url = await freshPostgresUrl();
    const w = await world(openPostgres(url));
    try {
      const [admin, lead] = await Promise.all([w.as('admin'), w.as('lead')]);
      const runId = await issueRun(admin);
      const stream = await admin.call('GET', `/api/runs/${runId}/stream`);
      const heard = readEvents(stream, 3);
      await lead.json('POST', `/api/runs/${runId}/events`, submission(1, start('b1', 't1')));
      const killed = await w.db.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = current_database() AND query LIKE 'LISTEN%'`,
      );
      expect(killed).toHaveLength(1);
      await lead.json('POST', `/api/runs/${runId}/events`, submission(2, report('b1', 't1')));
      expect((await heard).map((e) => e.seq)).toEqual([1, 2, 3]);
    } finally {
      await w.close();
    }
  });
});
