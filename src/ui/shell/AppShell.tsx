import { useRef, type MouseEvent, type ReactNode } from 'react';
import type { Language } from '../i18n/language';
import { Link } from '../router/router';
import { AppUpdate } from './AppUpdate';
import { LanguageSwitch } from './LanguageSwitch';
import { APP_NAME, useShellMessages } from './messages';
import { usePageFocus } from './use-page-focus';

interface AppShellProps {
  /** Changes with every page, so that focus moves to the new page's heading. */
  pageKey: string;
  language: Language;
  onLanguageChange: (language: Language) => void;
  children: ReactNode;
}

/** Skip link, header (app name, language switch), the update offer and the main region every page renders into. */
export function AppShell({ pageKey, language, onLanguageChange, children }: AppShellProps) {
  const m = useShellMessages();
  const main = useRef<HTMLElement>(null);
  usePageFocus(main, pageKey);
  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    main.current?.focus();
  };
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {m.skipLink}
      </a>
      <header className="app-header">
        <Link to={{ name: 'library' }} className="brand">
          {APP_NAME}
        </Link>
        <span className="tagline">{m.tagline}</span>
        <LanguageSwitch language={language} onChange={onLanguageChange} />
      </header>
      <AppUpdate />
      <main id="main" ref={main} tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
