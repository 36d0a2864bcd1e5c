import { useLiveQuery } from 'dexie-react-hooks';
import { use, useState, useSyncExternalStore } from 'react';
import { isIssuer } from '../../app';
import { useLanguage } from '../i18n/language';
import { DateField } from '../controls/DateField';
import { useApp } from '../app-context';
import { navigate } from '../router/router';
import { PageLoading } from '../shell/PageLoading';
import { useDocumentTitle } from '../shell/use-document-title';
import { useRunMessages } from './messages';
import { RunTable } from './RunTable';
import { ProfileForm } from './ProfileForm';
import { ServerRuns } from './ServerRuns';
import { StaleCopyNotice, useOpenFromLibrary } from '../controls/StaleCopyNotice';
import './runs.css';

/** `/runs`: the runs issued so far, and issuing a plan of the library as a new run. */
export function RunsScreen() {
  const m = useRunMessages();
  const app = useApp();
  const service = use(app.runs());
  useDocumentTitle(m.runsTitle);
  const runs = useLiveQuery(() => service.list(), [service]);
  const plans = useLiveQuery(() => app.plans.list(), [app]);
  const profile = useLiveQuery(() => app.settings.profile(), [app]);
  const [, setSaved] = useState(0);
  const [planId, setPlanId] = useState('');
  const [number, setNumber] = useState('');
  const [issuedOn, setIssuedOn] = useState<string | null>(new Date().toISOString().slice(0, 10));
  const [problem, setProblem] = useState<string | null>(null);
  /** The plan whose library copy moved on since this browser shared it (issuing on the server was refused). */
  const [stale, setStale] = useState<string | null>(null);
  const server = useSyncExternalStore(app.server.subscribe, app.server.current);
  const language = useLanguage();
  /** Open the plan in the editor, linked to the library, where the usual choice of versions is offered. */
  const chooseVersion = useOpenFromLibrary((reason) => setProblem(reason[language]));
  if (!runs || !plans) return <PageLoading text={m.loading} />;
  const issuer = server.kind === 'signed-in' && isIssuer(server.actor);
  const chosen = plans.records.find((r) => r.id === planId) ?? plans.records[0];
  const issue = async () => {
    if (!chosen || !issuedOn || !profile) return;
    const result = await service.issue(chosen.plan, profile, { number: number || null, issuedOn });
    if (result.ok) navigate({ name: 'run', runId: result.run.id });
    else {
      setProblem(result.problems.map((p) => p.message[language]).join('; '));
      setStale(null);
    }
  };
  const issueOnServer = async () => {
    if (!chosen || !issuedOn) return;
    const library = await app.serverPlans();
    const result = await library.issue(chosen.plan, { number: number || null, issuedOn });
    if (result.ok) return navigate({ name: 'run', runId: result.runId });
    setProblem(result.reason[language]);
    setStale(result.conflict ? chosen.id : null);
  };
  return (
    <article className="runs-page">
      <header className="card">
        <h1 tabIndex={-1}>{m.runsTitle}</h1>
        <p>{m.runsIntro}</p>
      </header>
      {chosen && profile !== undefined ? (
        <ProfileForm
          key={profile?.bodyId ?? ''}
          profile={profile}
          bodies={chosen.plan.bodies}
          onSaved={() => setSaved((n) => n + 1)}
        />
      ) : null}
      <section className="card" aria-labelledby="runs-issue">
        <h2 id="runs-issue">{m.issueTitle}</h2>
        <form
          className="run-form__row"
          onSubmit={(event) => {
            event.preventDefault();
            void issue();
          }}
        >
          <label className="field">
            {m.plan}
            <select value={chosen?.id ?? ''} onChange={(e) => setPlanId(e.target.value)}>
              {plans.records.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.plan.title}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            {m.number}
            <input value={number} onChange={(e) => setNumber(e.target.value)} />
          </label>
          <DateField label={m.issuedOn} value={issuedOn} onCommit={setIssuedOn} />
          <button
            type="submit"
            className="button button--primary"
            disabled={!chosen || !issuedOn || !profile}
          >
            {m.issue}
          </button>
          {issuer ? (
            <button
              type="button"
              className="button"
              disabled={!chosen || !issuedOn}
              aria-describedby="runs-issue-server"
              onClick={() => void issueOnServer()}
            >
              {m.issueOnServer}
            </button>
          ) : null}
        </form>
        {issuer ? <p id="runs-issue-server">{m.issueOnServerHint}</p> : null}
        {problem ? (
          <StaleCopyNotice
            staleId={stale}
            openLabel={m.chooseVersion}
            onOpen={(id) => void chooseVersion(id)}
          >
            <p>{problem}</p>
          </StaleCopyNotice>
        ) : null}
      </section>
      <ServerRuns />
      <section className="card" aria-labelledby="runs-list">
        <h2 id="runs-list">{m.issuedRuns}</h2>
        <RunTable
          rows={runs.map((run) => ({
            id: run.id,
            title: run.plan.title,
            number: run.number,
            issuedOn: run.issuedOn,
            status: m.runStatus[run.status],
          }))}
        />
      </section>
    </article>
  );
}
