import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { Body } from '../../domain/body';
import { matchesSearch } from '../../domain/text-fold';
import { useApp } from '../app-context';
import { SearchField } from '../controls/SearchField';
import { formatDate, sortByVi } from '../i18n/format';
import { useDomainLabels } from '../i18n/labels';
import '../plan-view/plan-view.css';
import './directory.css';
import { PageLoading } from '../shell/PageLoading';
import { useDocumentTitle } from '../shell/use-document-title';
import { useDirectoryMessages } from './messages';

const searchable = (b: Body) => [b.name, b.abbreviation ?? '', ...b.aliases].join('\n');

function Validity({ body }: { body: Body }) {
  const m = useDirectoryMessages();
  const parts = [
    body.validFrom && m.validFrom(formatDate(body.validFrom)),
    body.validTo && m.validTo(formatDate(body.validTo)),
  ].filter(Boolean);
  return <>{parts.length > 0 ? parts.join(' ') : m.always}</>;
}

function DirectoryTable({ bodies }: { bodies: readonly Body[] }) {
  const m = useDirectoryMessages();
  const labels = useDomainLabels();
  const names = useMemo(() => new Map(bodies.map((b) => [b.id, b.name])), [bodies]);
  const nameOf = (id: string) => names.get(id) ?? id;
  return (
    <div className="table-scroll">
      <table className="body-table directory-table">
        <caption>{m.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.name}</th>
            <th scope="col">{m.abbreviation}</th>
            <th scope="col">{m.kind}</th>
            <th scope="col">{m.level}</th>
            <th scope="col">{m.parent}</th>
            <th scope="col">{m.validity}</th>
            <th scope="col">{m.successors}</th>
          </tr>
        </thead>
        <tbody>
          {bodies.map((b) => (
            <tr key={b.id} data-body-id={b.id}>
              <th scope="row">{b.name}</th>
              <td>{b.abbreviation ?? m.none}</td>
              <td>{labels.bodyKinds[b.kind]}</td>
              <td>{labels.bodyLevels[b.level]}</td>
              <td>{b.parentId ? nameOf(b.parentId) : m.none}</td>
              <td>
                <Validity body={b} />
              </td>
              <td>{b.successorIds.length > 0 ? b.successorIds.map(nameOf).join(', ') : m.none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The shared body directory (`/directory`): every body any plan named, searchable, read-only. */
export default function DirectoryScreen() {
  const m = useDirectoryMessages();
  const app = useApp();
  const [query, setQuery] = useState('');
  const bodies = useLiveQuery(() => app.directory.list(), [app]);
  const sorted = useMemo(() => sortByVi(bodies ?? [], (b) => b.name), [bodies]);
  const shown = useMemo(() => sorted.filter((b) => matchesSearch(searchable(b), query)), [sorted, query]);
  useDocumentTitle(m.title);
  return (
    <>
      <h1 tabIndex={-1}>{m.title}</h1>
      <p className="lead">{m.lead}</p>
      {!bodies ? (
        <PageLoading text={m.loading} />
      ) : (
        <>
          <div className="directory-search" role="search">
            <SearchField label={m.search} hint={m.searchHint} value={query} onChange={setQuery} />
          </div>
          <p role="status">{m.shown(shown.length, bodies.length)}</p>
          {shown.length > 0 ? (
            <DirectoryTable bodies={shown} />
          ) : (
            <p>{bodies.length === 0 ? m.empty : m.noMatch}</p>
          )}
        </>
      )}
    </>
  );
}
