import type { Database, Unlisten } from '../db/database';
import { findSession, hashToken, SESSIONS_ENDED_CHANNEL, type OpenSession } from './sessions';

/** How long a session read from the database is trusted without reading it again. */
const TRUST_MS = 30_000;
const KEPT_SESSIONS = 10_000;

interface Kept {
  session: OpenSession;
  readAt: number;
}

/**
 * The sessions this instance has opened recently, so that a request does not cost a database query: each is
 * read again after TRUST_MS, dropped as soon as it expires, and dropped on every instance when it ends (sign
 * out, password reset), since the ending is announced on SESSIONS_ENDED_CHANNEL; when that channel may have
 * missed an announcement (its connection dropped), every kept session is dropped. Concurrent requests with
 * the same cookie share one read.
 */
export class SessionCache {
  private readonly kept = new Map<string, Kept>();
  private readonly reading = new Map<string, Promise<OpenSession | null>>();
  /** Moves on whenever sessions end, so that a read begun before an ending is not kept after it. */
  private endings = 0;

  private constructor(
    private readonly db: Database,
    private readonly now: () => number,
    private unlisten: Unlisten | null = null,
  ) {}

  static async start(db: Database, now = () => Date.now()): Promise<SessionCache> {
    const cache = new SessionCache(db, now);
    cache.unlisten = await db.listen(SESSIONS_ENDED_CHANNEL, (tokenHash) =>
      cache.forget(tokenHash === null ? [...cache.kept.keys()] : [tokenHash]),
    );
    return cache;
  }

  /** The live session `token` opens, or null. */
  async find(token: string): Promise<OpenSession | null> {
    const tokenHash = hashToken(token);
    const kept = this.kept.get(tokenHash);
    const now = this.now();
    if (kept && now - kept.readAt < TRUST_MS && now < kept.session.expiresAt) return kept.session;
    this.kept.delete(tokenHash);
    let reading = this.reading.get(tokenHash);
    if (!reading) {
      const endings = this.endings;
      reading = findSession(this.db, token)
        .then((session) => {
          if (session && endings === this.endings) this.keep(tokenHash, { session, readAt: now });
          return session;
        })
        .finally(() => this.reading.delete(tokenHash));
      this.reading.set(tokenHash, reading);
    }
    const session = await reading;
    return session;
  }

  /** A session just started (signed in), so that its first request needs no read. */
  remember(session: OpenSession): void {
    this.keep(session.tokenHash, { session, readAt: this.now() });
  }

  /** Drop ended sessions at once (their ending is also announced to the other instances). */
  forget(tokenHashes: readonly string[]): void {
    this.endings++;
    for (const tokenHash of tokenHashes) this.kept.delete(tokenHash);
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
  }

  private keep(tokenHash: string, kept: Kept): void {
    this.kept.set(tokenHash, kept);
    if (this.kept.size > KEPT_SESSIONS) this.kept.delete(this.kept.keys().next().value as string);
  }
}
