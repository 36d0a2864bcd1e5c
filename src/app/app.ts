import type { Plan } from '../domain/plan';
import { validatePlan } from '../domain/plan-parse';
import type { Language } from '../domain/localized';
import {
  DirectoryRepository,
  needsSeeding,
  PlanRepository,
  seedOnFirstStart,
  SettingsRepository,
  VersionRepository,
  type PlanRecord,
  type RolloutDatabase,
} from '../store';
import type { EditorStore } from './editor-store';
import { PlanFiles } from './plan-files';
import { PlanService } from './plans';
import type { RunService } from './runs';
import { ServerConnection } from './server-connection';
import type { ServerPlans } from './server-plans';
import type { SharedRuns } from './shared-runs';
import { SettingsService } from './settings';
import type { VerificationService } from './verification';

/**
 * What the app does, without React: built once at start-up over one database, and handed to the
 * screens (through one React context in the browser; directly in tests, a worker or a server).
 */
export interface App {
  plans: PlanService;
  files: PlanFiles;
  /** The shared body directory (danh mục cơ quan), every body any plan named; `put` adds one. */
  directory: Pick<DirectoryRepository, 'list' | 'put'>;
  settings: SettingsService;
  /**
   * Runs of issued plans (issue, open, act, dashboard), loaded on first use like the verifier: they carry the
   * engine. Every call returns the same promise.
   */
  runs: () => Promise<RunService>;
  /** The server this browser is connected to, if any (address, sign-in, status). */
  server: ServerConnection;
  /** The organisation's library on the server: share, save and issue plans there (loaded on first use). */
  serverPlans: () => Promise<ServerPlans>;
  /** Runs shared through the server, loaded on first use (they carry the engine). */
  sharedRuns: () => Promise<SharedRuns>;
  /**
   * The verifier's service, loaded on first use: the checker is a third of the app's own code, and the first
   * page shows without it. Every call returns the same promise.
   */
  verification: () => Promise<VerificationService>;
  /**
   * An editing session of one stored plan: its history, selection and saves. Loaded on demand, so the
   * editor's code stays out of the first page load.
   */
  openEditor(record: PlanRecord): Promise<EditorStore>;
}

export function createApp(db: RolloutDatabase, now: () => Date = () => new Date()): App {
  const plans = new PlanRepository(db);
  const versions = new VersionRepository(db);
  const directory = new DirectoryRepository(db);
  const server = new ServerConnection(new SettingsRepository(db));
  const serverPlans = once(() =>
    import('./server-plans').then(
      (m) => new m.ServerPlans(server, new SettingsRepository(db), plans, validatePlan),
    ),
  );
  return {
    plans: new PlanService(plans),
    files: new PlanFiles(plans),
    directory: { list: () => directory.list(), put: (body) => directory.put(body) },
    settings: new SettingsService(new SettingsRepository(db)),
    runs: once(async () => {
      const [{ RunService }, { RunRepository }] = await Promise.all([import('./runs'), runTables()]);
      return new RunService(new RunRepository(db), now);
    }),
    server,
    sharedRuns: once(async () => {
      const [{ SharedRuns }, { RunRepository }, { SharedRunRepository }] = await Promise.all([
        import('./shared-runs'),
        runTables(),
        import('../store/shared-run-repository'),
      ]);
      return new SharedRuns(server, new RunRepository(db), new SharedRunRepository(db), now);
    }),
    serverPlans,
    verification: once(() => import('./verification').then((m) => new m.VerificationService())),
    openEditor: async (record) => {
      const [{ EditorStore }, { sharedLibrary }] = await Promise.all([
        import('./editor-store'),
        import('./server-plans'),
      ]);
      const library = await sharedLibrary(server, serverPlans, record.id);
      return new EditorStore(record, { plans, versions }, now, library);
    },
  };
}

/**
 * Start the app on a database: load the example plans on the very first start only (never again, never
 * over a user's plan; `loadSeeds` is not even called otherwise), then read the saved language.
 */
export async function startApp(
  db: RolloutDatabase,
  loadSeeds: () => Promise<readonly Plan[]>,
): Promise<{ app: App; language: Language }> {
  if (await needsSeeding(db)) await seedOnFirstStart(db, await loadSeeds());
  const app = createApp(db);
  void app.server.start();
  return { app, language: await app.settings.language() };
}

/** The store's run tables, loaded with the screens that use them rather than by the first page. */
const runTables = () => import('../store/run-repository');

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | null = null;
  return () => (loaded ??= load());
}
