import { useRef, type MouseEvent, type ReactNode } from 'react';
import type { Language } from '../i18n/language';
import { Link } from '../router/router';
import { routePath, type Route } from '../router/routes';
import { AppUpdate } from './AppUpdate';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';
import { APP_NAME, useShellMessages } from './messages';
import { usePageFocus } from './use-page-focus';

interface AppShellProps {
  /** The page shown: its address moves focus to the new page's heading, its place is marked in the navigation. */
  route: Route;
  language: Language;
  onLanguageChange: (language: Language) => void;
  children: ReactNode;
}

/** Skip link, header (app name, the navigation, language switch), the update offer and the main region every page renders into. */
export function AppShell({ route, language, onLanguageChange, children }: AppShellProps) {
  const m = useShellMessages();
  const main = useRef<HTMLElement>(null);
  usePageFocus(main, routePath(route));
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
        <MainNav current={route} />
        <LanguageSwitch language={language} onChange={onLanguageChange} />
      </header>
      <AppUpdate />
      <main id="main" ref={main} tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
