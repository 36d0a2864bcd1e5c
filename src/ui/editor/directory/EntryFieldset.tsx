import type { ReactNode } from 'react';
import { CommitField } from '../../controls/fields';
import { useDirectoryMessages } from './messages';

interface EntryFieldsetProps {
  id: string;
  name: string;
  onRename: (name: string) => void;
  removeLabel: string;
  onRemove: () => void;
  children: ReactNode;
}

/** One body or group of the plan: its name and id, its own fields, and a remove button naming it. */
export function EntryFieldset({ id, name, onRename, removeLabel, onRemove, children }: EntryFieldsetProps) {
  const m = useDirectoryMessages();
  return (
    <fieldset className="row-editor">
      <legend>
        {name} <span className="muted">({m.id(id)})</span>
      </legend>
      <CommitField label={m.name} value={name} onCommit={onRename} />
      {children}
      <button type="button" className="button button--danger" onClick={onRemove}>
        {removeLabel} <span className="visually-hidden">{name}</span>
      </button>
    </fieldset>
  );
}
