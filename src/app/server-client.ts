import type { Localized } from '../domain/localized';
import type { Run, RunAction, RunEvent } from '../domain/run';
import { readServerSentEvents } from './server-sent-events';
import { SERVER_WORDING } from './server-wording';

/** The person signed in to the server: their account, the body they act for and their roles. */
export interface ServerActor {
  accountId: string;
  organisationId: string;
  bodyId: string;
  username: string;
  displayName: string;
  roles: string[];
}

/** An event of a run's log as the server keeps it: the core's event, and the key its sender chose. */
export interface LoggedEvent {
  seq: number;
  idempotencyKey: string;
  actorAccountId: string;
  event: RunEvent;
}

/** A run in the server's list (without its plan). */
export interface ServerRunSummary {
  id: string;
  planId: string;
  title: string;
  number: string | null;
  issuedOn: string;
  lastSeq: number;
}

export type Reply<T> =
  { ok: true; status: number; body: T } | { ok: false; status: number; code: string; message: Localized };

/** The server could not be reached (offline, down, or the address is wrong). */
export class ServerUnreachable extends Error {
  constructor(readonly reason: Localized) {
    super(reason.en);
  }
}

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/**
 * The server's HTTP API: cookies go with every request (`credentials: 'include'`), and every request that
 * changes something carries the session's anti-forgery token (X-CSRF-Token), learnt at sign-in or from
 * GET /api/session.
 */
export class ServerClient {
  private csrfToken = '';

  constructor(
    readonly address: string,
    private readonly fetcher: Fetch = (input, init) => fetch(input, init),
  ) {}

  private async send(method: string, path: string, body?: unknown, signal?: AbortSignal) {
    try {
      return await this.fetcher(new URL(path, this.address).href, {
        method,
        credentials: 'include',
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(method === 'GET' ? {} : { 'x-csrf-token': this.csrfToken }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ServerUnreachable(SERVER_WORDING.unreachable(this.address));
    }
  }

  async call<T>(method: string, path: string, body?: unknown): Promise<Reply<T>> {
    const response = await this.send(method, path, body);
    const json = (await response.json().catch(() => null)) as
      (T & { error?: { code: string; message: Localized } }) | null;
    if (response.ok) return { ok: true, status: response.status, body: json as T };
    const error = json?.error ?? { code: 'http', message: SERVER_WORDING.httpStatus(response.status) };
    return { ok: false, status: response.status, ...error };
  }

  async signIn(username: string, password: string): Promise<Reply<{ csrfToken: string }>> {
    const reply = await this.call<{ csrfToken: string }>('POST', '/api/session', { username, password });
    if (reply.ok) this.csrfToken = reply.body.csrfToken;
    return reply;
  }

  async session(): Promise<Reply<{ actor: ServerActor; csrfToken: string }>> {
    const reply = await this.call<{ actor: ServerActor; csrfToken: string }>('GET', '/api/session');
    if (reply.ok) this.csrfToken = reply.body.csrfToken;
    return reply;
  }

  signOut = () => this.call<null>('DELETE', '/api/session');

  runs = () => this.call<{ runs: ServerRunSummary[] }>('GET', '/api/runs');

  run = (runId: string, since: number) =>
    this.call<{ issued: Run; events: LoggedEvent[] }>('GET', `/api/runs/${runId}?since=${since}`);

  submit = (runId: string, idempotencyKey: string, action: RunAction) =>
    this.call<{ event: LoggedEvent }>('POST', `/api/runs/${runId}/events`, {
      expectedSeq: null,
      idempotencyKey,
      action,
    });

  /**
   * Hear the run's events after `since` as they are appended, until the stream ends or `signal` aborts;
   * `opened` is told when the server has answered.
   */
  async stream(
    runId: string,
    since: number,
    on: { heard: (e: LoggedEvent) => void; opened: () => void },
    signal: AbortSignal,
  ) {
    const response = await this.send('GET', `/api/runs/${runId}/stream?since=${since}`, undefined, signal);
    if (!response.ok || !response.body)
      throw new ServerUnreachable(SERVER_WORDING.httpStatus(response.status));
    on.opened();
    await readServerSentEvents(response.body, (message) => {
      if (message.event === 'run-event') on.heard(JSON.parse(message.data) as LoggedEvent);
    });
  }
}
