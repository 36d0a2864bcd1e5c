import { useEffect } from 'react';
import { APP_NAME } from './messages';

/** "<page> · Rollout Studio" while the page is shown; the app's name alone once it is gone. */
export function useDocumentTitle(page: string | null): void {
  useEffect(() => {
    document.title = page ? `${page} · ${APP_NAME}` : APP_NAME;
    return () => {
      document.title = APP_NAME;
    };
  }, [page]);
}
