import type { ReactNode } from 'react';
import { AddForm } from '../../controls/fields';
import { useInspectorMessages } from './messages';

interface RowsEditorProps<T> {
  legend: string;
  items: readonly T[];
  /** "Văn bản căn cứ 2" */
  rowLegend: (n: number) => string;
  /** The fields of one row; `set` replaces that row. */
  renderRow: (item: T, set: (item: T) => void) => ReactNode;
  onChange: (items: T[]) => void;
  addLabel: string;
  /** A new row from the text typed in the add form. */
  create: (text: string) => T;
}

/** A list of rows (basis documents, recipients), each editable and removable, with a form to add one. */
export function RowsEditor<T>({
  legend,
  items,
  rowLegend,
  renderRow,
  onChange,
  addLabel,
  create,
}: RowsEditorProps<T>) {
  const m = useInspectorMessages();
  return (
    <fieldset className="field-group">
      <legend>{legend}</legend>
      {items.map((item, index) => (
        <fieldset key={index} className="row-editor">
          <legend>{rowLegend(index + 1)}</legend>
          {renderRow(item, (next) => onChange(items.map((x, i) => (i === index ? next : x))))}
          <button
            type="button"
            className="button button--danger"
            onClick={() => onChange(items.filter((_, i) => i !== index))}
          >
            {m.removeRow}
          </button>
        </fieldset>
      ))}
      <AddForm label={addLabel} onAdd={(text) => onChange([...items, create(text)])} />
    </fieldset>
  );
}
