import type { MouseEvent, ReactNode } from 'react';
import { planHref } from './use-plan-param';

interface AppLinkProps {
  /** The plan to open, or null for the library. */
  planId: string | null;
  navigate: (planId: string | null) => void;
  className?: string;
  children: ReactNode;
}

/**
 * A real link (it has an address, opens in a new tab with Ctrl/⌘-click, works with Enter) that moves
 * within the app without reloading the page on a plain click.
 */
export function AppLink({ planId, navigate, className, children }: AppLinkProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(planId);
  };
  return (
    <a href={planHref(planId)} className={className} onClick={onClick} data-plan-id={planId ?? undefined}>
      {children}
    </a>
  );
}
