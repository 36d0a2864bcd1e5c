import { use, useEffect, useState } from 'react';
import { isIssuer, type LibraryListing, type PlanRecord, type ServerStatus } from '../../../app';
import type { Localized } from '../../../domain/localized';
import { useApp } from '../../app-context';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/language';
import { StaleCopyNotice, useOpenFromLibrary } from '../../controls/StaleCopyNotice';
import { useOrganisationMessages } from './messages';
import './organisation.css';

type Outcome = { ok: true; text: string } | { ok: false; reason: Localized; openId: string | null };

/**
 * The organisation's library on the server signed in to: its plans, each opened here to edit (every save then
 * goes to the server), and, for planners, sharing a plan of this browser there.
 */
export default function OrganisationLibrary({
  records,
  server,
}: {
  records: readonly PlanRecord[];
  server: Extract<ServerStatus, { kind: 'signed-in' }>;
}) {
  const m = useOrganisationMessages();
  const app = useApp();
  const library = use(app.serverPlans());
  const language = useLanguage();
  const [listing, setListing] = useState<LibraryListing | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [chosen, setChosen] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  useEffect(() => {
    let live = true;
    void library.list().then((listed) => live && setListing(listed));
    return () => {
      live = false;
    };
  }, [library, attempt]);
  const open = useOpenFromLibrary((reason) => setOutcome({ ok: false, reason, openId: null }));
  const share = async (record: PlanRecord) => {
    const shared = await library.share(record.plan);
    setOutcome(
      shared.ok
        ? { ok: true, text: m.shared(record.plan.title, shared.revision) }
        : { ok: false, reason: shared.reason, openId: shared.conflict ? record.id : null },
    );
    setAttempt((n) => n + 1);
  };
  const plan = records.find((r) => r.id === chosen) ?? records[0];
  return (
    <section className="card organisation-library" aria-labelledby="organisation-library">
      <h2 id="organisation-library">{m.title}</h2>
      <p>{m.intro(server.address)}</p>
      {listing === null ? (
        <p role="status">{m.loading}</p>
      ) : !listing.ok ? (
        <div role="alert" className="notice notice--problem">
          <p>{listing.reason[language]}</p>
          <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
            {m.retry}
          </button>
        </div>
      ) : listing.plans.length === 0 ? (
        <p>{m.empty}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{m.plan}</th>
              <th scope="col">{m.revision}</th>
              <th scope="col">{m.updated}</th>
              <th scope="col">
                <span className="visually-hidden">{m.open}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {listing.plans.map((p) => (
              <tr key={p.id}>
                <td>{p.title}</td>
                <td>{p.revision}</td>
                <td>{formatDate(p.updatedAt.slice(0, 10))}</td>
                <td>
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={m.openNamed(p.title)}
                    onClick={() => void open(p.id)}
                  >
                    {m.open}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {isIssuer(server.actor) && plan ? (
        <form
          className="organisation-library__share"
          aria-label={m.shareTitle}
          onSubmit={(event) => {
            event.preventDefault();
            void share(plan);
          }}
        >
          <label className="field">
            {m.sharePlan}
            <select value={plan.id} onChange={(e) => setChosen(e.target.value)}>
              {records.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.plan.title}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="button">
            {m.share}
          </button>
        </form>
      ) : null}
      {outcome?.ok ? <p role="status">{outcome.text}</p> : null}
      {outcome && !outcome.ok ? (
        <StaleCopyNotice staleId={outcome.openId} openLabel={m.chooseVersion} onOpen={(id) => void open(id)}>
          <p>
            <strong>{m.refused}:</strong> {outcome.reason[language]}
          </p>
        </StaleCopyNotice>
      ) : null}
    </section>
  );
}
