import type { ReactNode } from 'react';
import type { Localized } from '../../domain/localized';
import { useApp } from '../app-context';
import { navigate } from '../router/router';

/**
 * Opens a plan of the organisation's library in the editor, linked to the library (every save then goes to the
 * server, and a copy that moved on brings the usual choice of versions); `refused` hears why it could not.
 */
export function useOpenFromLibrary(refused: (reason: Localized) => void): (planId: string) => Promise<void> {
  const app = useApp();
  return async (planId) => {
    const opened = await (await app.serverPlans()).open(planId);
    if (opened.ok) navigate({ name: 'editor', planId });
    else refused(opened.reason);
  };
}

interface StaleCopyNoticeProps {
  children: ReactNode;
  /** The plan whose library copy moved on since this browser had it, if that is why it was refused. */
  staleId: string | null;
  /** The button's words: open that plan, to choose the version to keep. */
  openLabel: string;
  onOpen: (planId: string) => void;
}

/** A refusal from the organisation's library, with the way out when this browser's copy of the plan is stale. */
export function StaleCopyNotice({ children, staleId, openLabel, onOpen }: StaleCopyNoticeProps) {
  return (
    <div role="alert" className="notice notice--problem">
      {children}
      {staleId ? (
        <button type="button" className="button" onClick={() => onOpen(staleId)}>
          {openLabel}
        </button>
      ) : null}
    </div>
  );
}
