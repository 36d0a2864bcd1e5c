import { lazy, Suspense, use, type ReactNode } from 'react';
import './app.css';
import { AppProvider } from './app-context';
import { LanguageProvider } from './i18n/language';
import { LibraryScreen } from './library/LibraryScreen';
import { useRoute } from './router/router';
import { routePath, type Route } from './router/routes';
import { AppShell } from './shell/AppShell';
import { ErrorBoundary } from './shell/ErrorBoundary';
import { useLanguageSetting } from './shell/language-setting';
import { useShellMessages } from './shell/messages';
import { NotFoundPage } from './shell/NotFoundPage';
import { PageLoading } from './shell/PageLoading';
import { startApp } from './shell/startup';

/**
 * Every screen but the library loads only when opened (the editor brings React Flow, the report the verifier),
 * keeping the first load small.
 */
const EditorScreen = lazy(() => import('./editor/EditorScreen'));
const ImportScreen = lazy(() => import('./import/ImportScreen'));
const ReportScreen = lazy(() => import('./report/ReportScreen').then((m) => ({ default: m.ReportScreen })));
/** The list of runs and one run share a module: moving from the list to a run waits for no code. */
const RunsPages = lazy(() => import('./runs/RunsPages'));
const DirectoryScreen = lazy(() => import('./body-directory/DirectoryScreen'));
const SettingsScreen = lazy(() => import('./settings/SettingsScreen'));
const StudioScreen = lazy(() => import('./simulate/StudioScreen'));
const SimulateScreen = lazy(() => import('./simulate/SimulateScreen'));

function Loading({ children }: { children: ReactNode }) {
  const m = useShellMessages();
  return <Suspense fallback={<PageLoading text={m.loadingPage} />}>{children}</Suspense>;
}

function Page({ route }: { route: Route }) {
  const m = useShellMessages();
  switch (route.name) {
    case 'library':
      return <LibraryScreen />;
    case 'editor':
      return (
        <Loading>
          <EditorScreen planId={route.planId} />
        </Loading>
      );
    case 'import':
      return (
        <Loading>
          <ImportScreen />
        </Loading>
      );
    case 'report':
      return (
        <Loading>
          <ReportScreen planId={route.planId} />
        </Loading>
      );
    case 'studio':
      return (
        <Loading>
          <StudioScreen planId={route.planId} tab={route.tab} />
        </Loading>
      );
    case 'directory':
      return (
        <Loading>
          <DirectoryScreen />
        </Loading>
      );
    case 'settings':
      return (
        <Loading>
          <SettingsScreen />
        </Loading>
      );
    case 'simulate':
      return (
        <Loading>
          <SimulateScreen />
        </Loading>
      );
    case 'runs':
      return (
        <Loading>
          <RunsPages runId={null} />
        </Loading>
      );
    case 'run':
      return (
        <Loading>
          <RunsPages runId={route.runId} />
        </Loading>
      );
    case 'not-found':
      return (
        <NotFoundPage title={m.notFoundTitle}>
          <p>
            {m.notFoundText} <code>{route.path}</code>.
          </p>
        </NotFoundPage>
      );
  }
}

function StartedApp() {
  const { app, language: initial } = use(startApp());
  const [language, setLanguage] = useLanguageSetting(app.settings, initial);
  const route = useRoute();
  const pageKey = routePath(route);
  return (
    <AppProvider value={app}>
      <LanguageProvider language={language}>
        <AppShell route={route} language={language} onLanguageChange={setLanguage}>
          <ErrorBoundary key={pageKey}>
            <Page route={route} />
          </ErrorBoundary>
        </AppShell>
      </LanguageProvider>
    </AppProvider>
  );
}

function Starting() {
  const m = useShellMessages();
  return (
    <main id="main">
      <PageLoading text={m.starting} />
    </main>
  );
}

/** Starts the application services (seeding the examples on the first start), then shows the page of the address. */
export function App() {
  return (
    <ErrorBoundary>
      <Suspense fallback={<Starting />}>
        <StartedApp />
      </Suspense>
    </ErrorBoundary>
  );
}
