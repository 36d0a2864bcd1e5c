import { memo } from 'react';
import type { Body } from '../../../domain/body';
import { DateField } from '../../controls/DateField';
import { CommitField, orNull } from '../../controls/fields';
import type { Dispatch } from '../inspector/use-edit-dispatch';
import { EntryFieldset } from './EntryFieldset';
import { useDirectoryMessages } from './messages';

const aliasesOf = (text: string) =>
  text
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '');

/** One body of the plan: its names and the dates it exists between (bodies are merged and abolished). */
/** One body's fields; memoised: an edit elsewhere keeps this body's object, so its row does not re-render. */
export const BodyEditor = memo(function BodyEditor({ body, dispatch }: { body: Body; dispatch: Dispatch }) {
  const m = useDirectoryMessages();
  const put = (changes: Partial<Body>) => dispatch({ type: 'putBody', body: { ...body, ...changes } });
  return (
    <EntryFieldset
      id={body.id}
      name={body.name}
      onRename={(name) => put({ name })}
      removeLabel={m.removeBody}
      onRemove={() => dispatch({ type: 'removeBody', id: body.id })}
    >
      <CommitField
        label={m.abbreviation}
        value={body.abbreviation}
        onCommit={(t) => put({ abbreviation: orNull(t) })}
      />
      <CommitField
        label={m.aliases}
        value={body.aliases.join(', ')}
        hint={m.aliasesHint}
        onCommit={(t) => put({ aliases: aliasesOf(t) })}
      />
      <DateField label={m.validFrom} value={body.validFrom} onCommit={(t) => put({ validFrom: t })} />
      <DateField label={m.validTo} value={body.validTo} onCommit={(t) => put({ validTo: t })} />
    </EntryFieldset>
  );
});
