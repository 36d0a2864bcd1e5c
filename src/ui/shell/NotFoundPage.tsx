import type { ReactNode } from 'react';
import { Link } from '../router/router';
import { useShellMessages } from './messages';
import { useDocumentTitle } from './use-document-title';

/** Something the address names does not exist: what, then the way back to the library. */
export function NotFoundPage({ title, children }: { title: string; children: ReactNode }) {
  const m = useShellMessages();
  useDocumentTitle(title);
  return (
    <>
      <h1 tabIndex={-1}>{title}</h1>
      {children}
      <p>
        <Link to={{ name: 'library' }}>{m.backToLibrary}</Link>
      </p>
    </>
  );
}
