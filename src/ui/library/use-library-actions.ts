import { useState } from 'react';
import type { PlanRecord, PlanRepository, RemovedPlan } from '../../store';
import { navigate } from '../router/router';
import { errorDetail } from '../../app/error-detail';
import { downloadText } from './download';
import { newPlan } from '../../domain/new-plan';
import type { LoadProblem } from '../shell/ProblemsPanel';
import type { LibraryNotice, ShownNotice } from './notices';

/**
 * Import each file on its own: a good file enters the library, a bad one is reported (each problem's path
 * starts with the file name) and writes nothing.
 */
async function importFiles(repo: PlanRepository, files: readonly File[]) {
  const imported: PlanRecord[] = [];
  const failures: LoadProblem[] = [];
  for (const file of files) {
    const result = await repo.importJson(await file.text(), file.name);
    if (result.ok) imported.push(result.record);
    else failures.push({ source: file.name, problems: result.problems });
  }
  return { imported, failures };
}

/** The library's actions on the store, with the notice each one leaves (or the error it ran into). */
export function useLibraryActions(repo: PlanRepository) {
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
        const record = await repo.create(newPlan());
        navigate({ name: 'editor', planId: record.id });
        return null;
      }),
    duplicate: (record: PlanRecord) =>
      run(async () => ({ kind: 'duplicated', title: (await repo.duplicate(record.id)).plan.title })),
    remove: (record: PlanRecord) =>
      run(async () => {
        const removed = await repo.remove(record.id);
        return removed && { kind: 'removed', removed };
      }),
    undo: (removed: RemovedPlan) =>
      run(async () => {
        await repo.restore(removed);
        return { kind: 'restored', title: removed.record.plan.title };
      }),
    exportPlan: (record: PlanRecord) =>
      run(async () => {
        const file = `${record.id}.plan.json`;
        downloadText(file, repo.exportJson(record.plan));
        return { kind: 'exported', file };
      }),
    importFiles: (files: readonly File[]) =>
      run(async () => {
        const { imported, failures } = await importFiles(repo, files);
        setImportFailures(failures);
        return imported.length > 0 ? { kind: 'imported', titles: imported.map((r) => r.plan.title) } : null;
      }),
  };
}
