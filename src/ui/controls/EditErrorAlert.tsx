/** A refused edit, announced at once (role="alert") and kept visible until the next successful edit. */
export function EditErrorAlert({ error }: { error: string | null }) {
  return (
    <div role="alert" className="edit-error">
      {error}
    </div>
  );
}
