import { useMemo, useState } from 'react';
import type { ImportResult, Span } from '../../documents';
import type { Plan } from '../../domain/plan';
import { problemLine } from '../../domain/problems';
import type { Task } from '../../domain/task';
import { useApp } from '../app-context';
import { useLanguage } from '../i18n/language';
import { navigate } from '../router/router';
import { DraftHeaderItems } from './DraftHeaderItems';
import { DraftTasks } from './DraftTasks';
import { useImportMessages } from './messages';
import { SourceView } from './SourceView';

/** What the user has chosen to see in the source: a task, an item of the header or closing, or a warning. */
type Selection =
  | { kind: 'task'; taskId: string }
  | { kind: 'item'; index: number }
  | { kind: 'warning'; index: number }
  | null;

function spanOf(selected: Selection, taskSpans: ReadonlyMap<string | undefined, Span>, result: ImportResult) {
  if (selected === null) return null;
  if (selected.kind === 'task') return taskSpans.get(selected.taskId) ?? null;
  if (selected.kind === 'item') return result.items[selected.index]?.span ?? null;
  return result.warnings[selected.index]?.span ?? null;
}

/**
 * The draft beside its source: the user corrects it, then accepts it; only then is the plan saved (through
 * `app.files.importDraft`) and opened in the editor.
 */
export function DraftReview({ result, onDiscard }: { result: ImportResult; onDiscard: () => void }) {
  const m = useImportMessages();
  const app = useApp();
  const language = useLanguage();
  const [plan, setPlan] = useState<Plan>(result.plan);
  const [selected, setSelected] = useState<Selection>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const taskSpans = useMemo(
    () => new Map(result.items.filter((i) => i.field === 'task').map((i) => [i.taskId, i.span])),
    [result.items],
  );
  const span = spanOf(selected, taskSpans, result);
  const change = (taskId: string, patch: Partial<Task>) =>
    setPlan((p) => ({ ...p, tasks: p.tasks.map((t) => (t.id === taskId ? { ...t, ...patch } : t)) }));
  const accept = async () => {
    setSaving(true);
    const saved = await app.files.importDraft(plan);
    setSaving(false);
    if (saved.ok) navigate({ name: 'editor', planId: saved.record.id });
    else setProblems(saved.problems.map((p) => problemLine(p)[language]));
  };
  return (
    <div className="import-review">
      <SourceView text={result.text} span={span} label={m.source} />
      <section className="import-draft" aria-labelledby="import-draft-title">
        <h2 id="import-draft-title">{m.draft}</h2>
        <label className="import-draft__title">
          <span>{m.planTitle}</span>
          <textarea
            rows={2}
            value={plan.title}
            onChange={(e) => setPlan({ ...plan, title: e.target.value })}
          />
        </label>
        <p>
          {m.tasks(plan.tasks.length)}
          {result.warnings.length > 0 && ` · ${m.warnings(result.warnings.length)}`}
        </p>
        {result.warnings.length > 0 && (
          <ul className="import-warnings">
            {result.warnings.map((w, i) => (
              <li key={i}>
                {w.message[language]}
                {w.span && (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="button button--quiet"
                      aria-pressed={selected?.kind === 'warning' && selected.index === i}
                      onClick={() => setSelected({ kind: 'warning', index: i })}
                    >
                      {m.showWarningSource}
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
        <DraftHeaderItems
          plan={plan}
          items={result.items}
          selected={selected?.kind === 'item' ? selected.index : null}
          onSelect={(index) => setSelected({ kind: 'item', index })}
        />
        <DraftTasks
          plan={plan}
          selected={selected?.kind === 'task' ? selected.taskId : null}
          onSelect={(taskId) => setSelected({ kind: 'task', taskId })}
          onChange={change}
        />
        {problems.length > 0 && (
          <div role="alert" className="notice notice--problem">
            <p>{m.saveRefused}</p>
            <ul>
              {problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="import-actions">
          <button type="button" className="button button--primary" disabled={saving} onClick={accept}>
            {m.accept}
          </button>
          <button type="button" className="button" onClick={onDiscard}>
            {m.discard}
          </button>
        </div>
      </section>
    </div>
  );
}
