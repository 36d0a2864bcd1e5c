import { useState } from 'react';
import { errorDetail, type App, type PlanRecord, type RemovedPlan } from '../../app';
import { navigate } from '../router/router';
import { downloadText } from './download';
import type { LoadProblem } from '../shell/ProblemsPanel';
import type { LibraryNotice, ShownNotice } from './notices';

/** The files picked, read as text (each file is imported on its own by `PlanFiles`). */
const readFiles = (files: readonly File[]) =>
  Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text() })));

/** The library's actions on the app's services, with the notice each one leaves (or the error it ran into). */
export function useLibraryActions(app: App) {
  const [notice, setNotice] = useState<ShownNotice | null>(null);
  const [importFailures, setImportFailures] = useState<LoadProblem[]>([]);

  const show = (next: LibraryNotice) => setNotice((shown) => ({ ...next, seq: (shown?.seq ?? 0) + 1 }));
  const run = (action: () => Promise<LibraryNotice | null>) => {
    action().then(
      (next) => next && show(next),
      (error: unknown) => show({ kind: 'failed', detail: errorDetail(error) }),
    );
  };

  return {
    notice,
    dismissNotice: () => setNotice(null),
    importFailures,
    dismissImportFailures: () => setImportFailures([]),
    create: () =>
      run(async () => {
        const record = await app.plans.createEmpty();
        navigate({ name: 'editor', planId: record.id });
        return null;
      }),
    duplicate: (record: PlanRecord) =>
      run(async () => ({ kind: 'duplicated', title: (await app.plans.duplicate(record.id)).plan.title })),
    remove: (record: PlanRecord) =>
      run(async () => {
        const removed = await app.plans.remove(record.id);
        return removed && { kind: 'removed', removed };
      }),
    undo: (removed: RemovedPlan) =>
      run(async () => {
        await app.plans.restore(removed);
        return { kind: 'restored', title: removed.record.plan.title };
      }),
    exportPlan: (record: PlanRecord) =>
      run(async () => {
        const file = app.files.exportJson(record.plan);
        downloadText(file.name, file.text);
        return { kind: 'exported', file: file.name };
      }),
    importFiles: (files: readonly File[]) =>
      run(async () => {
        const { imported, refused } = await app.files.importAll(await readFiles(files));
        setImportFailures(refused);
        return imported.length > 0 ? { kind: 'imported', titles: imported.map((r) => r.plan.title) } : null;
      }),
  };
}
