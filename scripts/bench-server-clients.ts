/**
 * A group of the bench's staff clients (all of them in process, or a worker thread's share over loopback):
 * signed in, each following the run's stream when the load is `live`, running the phases of the load.
 */
import { Browser } from '../tests/server/client';
import { work, type Load, type Phase } from './bench-server-load';

type App = ConstructorParameters<typeof Browser>[0];

/** The events a client heard on the run's stream: the last sequence number, and whether each came once, in order. */
class Follower {
  last = 1;
  inOrder = true;
  private heard: () => void = () => {};
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;

  constructor(response: Response) {
    this.reader = (response.body as ReadableStream<Uint8Array>).getReader();
    void this.read();
  }

  /** Resolves once the stream has brought event `seq`. */
  async reached(seq: number): Promise<void> {
    while (this.last < seq) await new Promise<void>((resolve) => (this.heard = resolve));
  }

  close = () => this.reader.cancel().catch(() => undefined);

  private async read(): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await this.reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.startsWith('id: ')) continue;
        const seq = Number(line.slice(4));
        if (seq !== this.last + 1) this.inOrder = false;
        this.last = seq;
      }
      this.heard();
    }
  }
}

export class Clients {
  private constructor(
    private readonly load: Load,
    private readonly indexes: readonly number[],
    private readonly staff: readonly Browser[],
    private readonly issuer: Browser,
    private readonly followers: readonly Follower[],
  ) {}

  /** Sign in staff{i} for each of `indexes` and an issuer's session; with `live`, each follows the run. */
  static async open(app: App, load: Load, indexes: readonly number[], password: string, live: boolean) {
    const signIn = async (username: string) => {
      const b = new Browser(app);
      const status = await b.signIn(username, password);
      if (status !== 200) throw new Error(`${username}: HTTP ${status}`);
      return b;
    };
    const staff = await Promise.all(indexes.map((i) => signIn(`staff${i}`)));
    const followers = live
      ? await Promise.all(
          staff.map(async (b) => new Follower(await b.call('GET', `/api/runs/${load.runId}/stream?since=1`))),
        )
      : [];
    return new Clients(load, indexes, staff, await signIn('staff0'), followers);
  }

  /**
   * Each client asks who it is, all at once, untimed: so that each has its connection open when a phase starts,
   * as a browser showing the run has (an HTTP client closes an idle connection after a few seconds).
   */
  async warm(): Promise<void> {
    await Promise.all(this.staff.map(async (b) => (await b.call('GET', '/api/session')).arrayBuffer()));
  }

  /** Each client's share of `phase`; the latencies of its events. */
  async run(phase: Phase): Promise<number[]> {
    const latencies = await Promise.all(
      this.indexes.map((i, n) =>
        work(phase.name === 'staff' ? (this.staff[n] as Browser) : this.issuer, this.load, phase, i),
      ),
    );
    return latencies.flat();
  }

  /** Once every follower has heard event `seq`: whether each heard every event once, in order. */
  async converged(seq: number): Promise<boolean> {
    await Promise.all(this.followers.map((f) => f.reached(seq)));
    return this.followers.every((f) => f.inOrder && f.last === seq);
  }

  close = () => Promise.all(this.followers.map((f) => f.close()));
}
