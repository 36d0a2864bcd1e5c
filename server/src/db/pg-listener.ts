import pg from 'pg';
import type { Heard, Unlisten } from './database';

const RETRY_MS = 500;

/**
 * One dedicated connection for LISTEN, shared by every channel of this instance (a pooled connection would
 * be handed to queries). When it drops it is opened again and listens to every channel again; since
 * notifications sent meanwhile are lost, each listener then hears `null`: "look at the log again".
 */
export class PgListener {
  private readonly channels = new Map<string, Set<Heard>>();
  private client: Promise<pg.Client> | null = null;
  private closed = false;

  constructor(private readonly connectionString: string) {}

  async listen(channel: string, heard: Heard): Promise<Unlisten> {
    const set = this.channels.get(channel) ?? new Set();
    const first = set.size === 0;
    this.channels.set(channel, set.add(heard));
    if (first) await (await this.connection()).query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    return async () => {
      set.delete(heard);
      if (set.size > 0) return;
      this.channels.delete(channel);
      await (await this.connection()).query(`UNLISTEN ${pg.escapeIdentifier(channel)}`);
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = await this.client?.catch(() => null);
    await client?.end();
  }

  private connection(): Promise<pg.Client> {
    this.client ??= this.connect();
    return this.client;
  }

  private async connect(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: this.connectionString });
    let gone = false;
    const drop = () => {
      if (gone || this.closed) return;
      gone = true;
      this.client = null;
      setTimeout(() => void this.reconnect(), RETRY_MS);
    };
    client.on('notification', (n) =>
      this.channels.get(n.channel)?.forEach((heard) => heard(n.payload ?? '')),
    );
    client.on('error', drop);
    client.on('end', drop);
    await client.connect();
    for (const channel of this.channels.keys()) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    return client;
  }

  private async reconnect(): Promise<void> {
    if (this.closed || this.client) return;
    try {
      await this.connection();
      this.channels.forEach((set) => set.forEach((heard) => heard(null)));
    } catch (error) {
      console.error('Mất kết nối LISTEN tới PostgreSQL, đang thử lại:', error);
      this.client = null;
      setTimeout(() => void this.reconnect(), RETRY_MS);
    }
  }
}
