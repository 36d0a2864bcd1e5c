import type { Localized } from '../domain/localized';
import type { Plan } from '../domain/plan';
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

/** A plan in the organisation's library on the server (its `plan` as stored, not parsed yet). */
export interface ServerPlanRecord {
  id: string;
  revision: number;
  updatedAt: string;
  plan: unknown;
}

/** A plan in the server's library list (without its plan). */
export interface ServerPlanSummary {
  id: string;
  revision: number;
  title: string;
  updatedAt: string;
}

/** A run to issue on the server from a plan of its library, at the revision the issuer saw. */
export interface IssueRequest {
  planId: string;
  planRevision: number;
  number: string | null;
  issuedOn: string;
}

/** The server's answer: the body, or its refusal with a code and reason (`conflict`: the stored record). */
export type Reply<T> =
  | { ok: true; status: number; body: T }
  | { ok: false; status: number; code: string; message: Localized; conflict?: ServerPlanRecord };

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

  /** `timeoutMs`: how long a request (not a stream) may wait for the server's answer before it counts as unreachable. */
  constructor(
    readonly address: string,
    private readonly fetcher: Fetch = (input, init) => fetch(input, init),
    private readonly timeoutMs = 15_000,
  ) {}

  /** Send a request; `signal` (a stream's) is the caller's to abort, else the request times out. */
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
        signal: signal ?? AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ServerUnreachable(SERVER_WORDING.unreachable(this.address));
    }
  }

  async call<T>(method: string, path: string, body?: unknown): Promise<Reply<T>> {
    const response = await this.send(method, path, body);
    const json = (await response.json().catch(() => null)) as
      (T & { error?: { code: string; message: Localized }; conflict?: ServerPlanRecord }) | null;
    if (response.ok) return { ok: true, status: response.status, body: json as T };
    const error = json?.error ?? { code: 'http', message: SERVER_WORDING.httpStatus(response.status) };
    const conflict = json?.conflict;
    return { ok: false, status: response.status, ...error, ...(conflict ? { conflict } : {}) };
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

  plans = () => this.call<{ plans: ServerPlanSummary[] }>('GET', '/api/plans');

  plan = (planId: string) => this.call<ServerPlanRecord>('GET', `/api/plans/${encodeURIComponent(planId)}`);

  /** Save `plan` over the library's revision `baseRevision` (409 with the stored record when it moved on). */
  savePlan = (plan: Plan, baseRevision: number) =>
    this.call<ServerPlanRecord>('PUT', `/api/plans/${encodeURIComponent(plan.id)}`, { baseRevision, plan });

  issue = (request: IssueRequest) => this.call<{ run: { id: string } }>('POST', '/api/runs', request);

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
