import { useId, type ChangeEvent } from 'react';
import { useLibraryMessages } from './messages';

/**
 * A real file input (keyboard and screen readers use it as is), drawn as a button through its label.
 * It is emptied after each choice so that the same file can be imported again.
 */
export function ImportControl({ onFiles }: { onFiles: (files: File[]) => void }) {
  const m = useLibraryMessages();
  const id = useId();
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (files.length > 0) onFiles(files);
  };
  return (
    <span className="file-button">
      <input id={id} type="file" accept=".json,application/json" multiple onChange={onChange} />
      <label htmlFor={id} className="button">
        {m.importFiles}
      </label>
    </span>
  );
}
