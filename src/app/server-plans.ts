import type { Localized } from '../domain/localized';
import type { Plan } from '../domain/plan';
import type { PlanParseResult } from '../domain/plan-parse';
import type { PlanRepository, SettingsRepository } from '../store';
import {
  ServerUnreachable,
  type Reply,
  type ServerClient,
  type ServerPlanRecord,
  type ServerPlanSummary,
} from './server-client';
import type { ServerConnection } from './server-connection';
import { SHARED_WORDING } from './shared-wording';

/** The library's plan that a save collided with: its revision and the plan as stored there. */
export interface LibraryConflict {
  revision: number;
  plan: Plan;
}

/** Why the server did not take it; `conflict`: the library moved on since this browser last saved or read it. */
export interface LibraryRefusal {
  ok: false;
  reason: Localized;
  conflict: LibraryConflict | null;
}

export type ShareResult = { ok: true; revision: number } | LibraryRefusal;

export type LibraryListing = { ok: true; plans: ServerPlanSummary[] } | LibraryRefusal;

export type IssueResult = { ok: true; runId: string } | LibraryRefusal;

/** Two JSON values equal whatever the order of their keys (PostgreSQL's jsonb reorders them). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

type Revisions = Record<string, number>;

/**
 * The organisation's library on the server signed in to. This browser remembers, per server, the library
 * revision of each plan it last saved there or read from there: the next save names it, so a save over
 * someone else's newer revision is refused by the server (409) exactly as the local store refuses a stale
 * one, and the caller offers the same choice.
 */
export class ServerPlans {
  constructor(
    private readonly connection: ServerConnection,
    private readonly settings: Pick<SettingsRepository, 'get' | 'set'>,
    private readonly plans: Pick<PlanRepository, 'get' | 'create'>,
    /** The plan format's check (`validatePlan`), handed in so that this lazily loaded module does not carry it. */
    private readonly parse: (value: unknown) => PlanParseResult,
  ) {}

  private conflictOf(stored: ServerPlanRecord): LibraryConflict | null {
    const parsed = this.parse(stored.plan);
    return parsed.ok ? { revision: stored.revision, plan: parsed.plan } : null;
  }

  private key() {
    const status = this.connection.current();
    return `serverPlanRevisions:${status.kind === 'none' ? '' : status.address}`;
  }

  private revisions = () => this.settings.get<Revisions>(this.key(), {});

  /** Take `revision` as the library's revision of the plan last known here (the next save names it). */
  know = async (planId: string, revision: number): Promise<void> => {
    await this.settings.set(this.key(), { ...(await this.revisions()), [planId]: revision });
  };

  /** The library revision this browser last saved or read of the plan (null: never shared from here). */
  revision = async (planId: string): Promise<number | null> => (await this.revisions())[planId] ?? null;

  /**
   * Save `plan` to the library over the revision last known here (a plan never shared goes in at revision
   * 1). When the library holds exactly this plan already, that revision is taken as is.
   */
  share = (plan: Plan): Promise<ShareResult> =>
    this.ask(async (client) => {
      const reply = await client.savePlan(plan, (await this.revision(plan.id)) ?? 0);
      if (reply.ok) return this.shared(plan.id, reply.body.revision);
      if (reply.conflict && sameJson(reply.conflict.plan, plan))
        return this.shared(plan.id, reply.conflict.revision);
      return this.refusal(reply);
    });

  private async shared(planId: string, revision: number): Promise<ShareResult> {
    await this.know(planId, revision);
    return { ok: true, revision };
  }

  /** The plans of the organisation's library (titles and revisions). */
  list = (): Promise<LibraryListing> =>
    this.ask(async (client) => {
      const reply = await client.plans();
      return reply.ok ? { ok: true as const, plans: reply.body.plans } : this.refusal(reply);
    });

  /**
   * Open a plan of the organisation's library here: a plan this browser does not have enters its library at
   * the library's revision. One it has already is linked to the library, and stays as it is: the editor
   * sends it on opening, and when the two differ offers the same choice as for a stale save.
   */
  open = (planId: string): Promise<{ ok: true } | LibraryRefusal> =>
    this.ask(async (client) => {
      const reply = await client.plan(planId);
      if (!reply.ok) return this.refusal(reply);
      const parsed = this.parse(reply.body.plan);
      if (!parsed.ok) return { ok: false, reason: SHARED_WORDING.badPlan(planId), conflict: null };
      const local = await this.plans.get(planId);
      if (!local.record) {
        await this.plans.create(parsed.plan);
        await this.know(planId, reply.body.revision);
      } else if (sameJson(local.record.plan, parsed.plan)) await this.know(planId, reply.body.revision);
      else if ((await this.revision(planId)) === null) await this.know(planId, 0);
      return { ok: true as const };
    });

  /**
   * Issue `plan` as a run of the server: the plan is first saved to the library, then the run is issued from
   * exactly that revision (frozen with the run), with its number and date.
   */
  issue = async (plan: Plan, options: { number: string | null; issuedOn: string }): Promise<IssueResult> => {
    const shared = await this.share(plan);
    if (!shared.ok) return shared;
    return this.ask(async (client) => {
      const reply = await client.issue({ planId: plan.id, planRevision: shared.revision, ...options });
      return reply.ok ? { ok: true, runId: reply.body.run.id } : this.refusal(reply);
    });
  };

  private refusal(reply: Extract<Reply<unknown>, { ok: false }>): LibraryRefusal {
    return {
      ok: false,
      reason: reply.message,
      conflict: reply.conflict ? this.conflictOf(reply.conflict) : null,
    };
  }

  /** Run `work` with the client signed in to; say so when there is none or the server cannot be reached. */
  private async ask<T>(work: (client: ServerClient) => Promise<T>): Promise<T | LibraryRefusal> {
    const client = this.connection.client();
    const status = this.connection.current();
    if (!client || status.kind !== 'signed-in')
      return { ok: false, reason: SHARED_WORDING.notSignedIn, conflict: null };
    try {
      return await work(client);
    } catch (error) {
      if (!(error instanceof ServerUnreachable)) throw error;
      return { ok: false, reason: error.reason, conflict: null };
    }
  }
}

/**
 * The organisation's library, when signed in and the plan is shared there (else null). An editor opened as the
 * app starts waits for the server's first answer, but not long: the plan opens without it when the server is slow.
 */
export async function sharedLibrary(
  connection: ServerConnection,
  library: () => Promise<ServerPlans>,
  planId: string,
): Promise<ServerPlans | null> {
  await Promise.race([connection.started(), new Promise((resolve) => setTimeout(resolve, 2000))]);
  if (connection.current().kind !== 'signed-in') return null;
  const plans = await library();
  return (await plans.revision(planId)) === null ? null : plans;
}
