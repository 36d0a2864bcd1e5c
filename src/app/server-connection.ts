import type { Localized } from '../domain/localized';
import type { SettingsRepository } from '../store';
import type { Fetch, ServerActor, ServerClient } from './server-client';
import { SERVER_WORDING } from './server-wording';

const ADDRESS_KEY = 'serverAddress';
/** The account last signed in, so that shared runs can be followed (and acted on) while the server is away. */
const ACTOR_KEY = 'serverActor';

/** Where the app stands with its server: none chosen, signed out, signed in, or not reachable now. */
export type ServerStatus =
  | { kind: 'none' }
  | { kind: 'signed-out'; address: string }
  | { kind: 'signed-in'; address: string; actor: ServerActor }
  /** `actor`: the account last signed in from this browser, if any (its session may still be open). */
  | { kind: 'unreachable'; address: string; actor: ServerActor | null };

export type SignInResult = { ok: true } | { ok: false; message: Localized };

/** Whether the account may issue runs and save plans on the server (as the server's routes require). */
export const isIssuer = (actor: ServerActor): boolean =>
  actor.roles.includes('planner') || actor.roles.includes('admin');

/** The HTTP client, loaded when a server is first used: the first page of an app without one stays lighter. */
const http = () => import('./server-client');

/** `http(s)://host[:port]` without a path, or null. */
function originOf(address: string): string | null {
  try {
    const url = new URL(address.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * The app's link to a server, if any: the address is kept in the settings, the session in the server's
 * HTTP-only cookie. Without a server everything works locally as before. Listeners hear every change of
 * status (for the settings screen and the shared runs).
 */
export class ServerConnection {
  private status: ServerStatus = { kind: 'none' };
  private clientOf: ServerClient | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly settings: Pick<SettingsRepository, 'get' | 'set'>,
    private readonly fetcher?: Fetch,
  ) {}

  current = (): ServerStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The account acting through the server: signed in now, or last signed in when it cannot be reached. */
  actor = (): ServerActor | null =>
    this.status.kind === 'signed-in' || this.status.kind === 'unreachable' ? this.status.actor : null;

  /** The client of the server acted through (see `actor`), or null. */
  client = (): ServerClient | null => (this.actor() ? this.clientOf : null);

  private starting: Promise<ServerStatus> | null = null;

  /** Read the saved address and ask the server who is signed in. */
  start = (): Promise<ServerStatus> => (this.starting ??= this.open());

  /** The status once `start` has asked the server (at once when it was not started). */
  started = (): Promise<ServerStatus> => this.starting ?? Promise.resolve(this.status);

  private open = async (): Promise<ServerStatus> => {
    const address = await this.settings.get<string | null>(ADDRESS_KEY, null);
    if (!address) return this.status;
    const { ServerClient } = await http();
    this.clientOf = new ServerClient(address, this.fetcher);
    return this.refresh();
  };

  refresh = async (): Promise<ServerStatus> => {
    const client = this.clientOf;
    if (!client) return this.status;
    const { ServerUnreachable } = await http();
    try {
      const reply = await client.session();
      await this.settings.set(ACTOR_KEY, reply.ok ? reply.body.actor : null);
      this.set(
        reply.ok
          ? { kind: 'signed-in', address: client.address, actor: reply.body.actor }
          : { kind: 'signed-out', address: client.address },
      );
    } catch (error) {
      if (!(error instanceof ServerUnreachable)) throw error;
      const actor = await this.settings.get<ServerActor | null>(ACTOR_KEY, null);
      this.set({ kind: 'unreachable', address: client.address, actor });
    }
    return this.status;
  };

  /** Sign in to the server at `address` (kept for the next starts), or say why not. */
  signIn = async (address: string, username: string, password: string): Promise<SignInResult> => {
    const origin = originOf(address);
    if (!origin) return { ok: false, message: SERVER_WORDING.badAddress(address) };
    const { ServerClient, ServerUnreachable } = await http();
    const client = new ServerClient(origin, this.fetcher);
    try {
      const reply = await client.signIn(username, password);
      if (!reply.ok) return { ok: false, message: reply.message };
    } catch (error) {
      if (error instanceof ServerUnreachable) return { ok: false, message: error.reason };
      throw error;
    }
    await this.settings.set(ADDRESS_KEY, origin);
    this.clientOf = client;
    await this.refresh();
    return { ok: true };
  };

  signOut = async (): Promise<void> => {
    const client = this.clientOf;
    if (!client) return;
    await client.signOut().catch(() => null);
    await this.settings.set(ACTOR_KEY, null);
    this.set({ kind: 'signed-out', address: client.address });
  };

  private set(status: ServerStatus) {
    this.status = status;
    for (const listener of this.listeners) listener();
  }
}
