/** A page (or the app) on its way, announced politely; never an h1, so focus waits for the real one. */
export function PageLoading({ text }: { text: string }) {
  return (
    <p role="status" className="page-loading">
      {text}
    </p>
  );
}
