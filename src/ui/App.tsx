import { lazy, Suspense, use } from 'react';
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
 * The editor (React Flow and the rest), the report (the verifier) and the import page (the document reader)
 * load only when opened, keeping the
 * first load small.
 */
const EditorScreen = lazy(() => import('./editor/EditorScreen'));
const ImportScreen = lazy(() => import('./import/ImportScreen'));
const ReportScreen = lazy(() => import('./report/ReportScreen').then((m) => ({ default: m.ReportScreen })));
const RunsScreen = lazy(() => import('./runs/RunsScreen').then((m) => ({ default: m.RunsScreen })));
const RunScreen = lazy(() => import('./runs/RunScreen'));

function Page({ route }: { route: Route }) {
  const m = useShellMessages();
  switch (route.name) {
    case 'library':
      return <LibraryScreen />;
    case 'editor':
      return (
        <Suspense fallback={<PageLoading text={m.loadingPage} />}>
          <EditorScreen planId={route.planId} />
        </Suspense>
      );
    case 'import':
      return (
        <Suspense fallback={<PageLoading text={m.loadingPage} />}>
          <ImportScreen />
        </Suspense>
      );
    case 'report':
      return (
        <Suspense fallback={<PageLoading text={m.loadingPage} />}>
          <ReportScreen planId={route.planId} />
        </Suspense>
      );
    case 'runs':
      return (
        <Suspense fallback={<PageLoading text={m.loadingPage} />}>
          <RunsScreen />
        </Suspense>
      );
    case 'run':
      return (
        <Suspense fallback={<PageLoading text={m.loadingPage} />}>
          <RunScreen runId={route.runId} />
        </Suspense>
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
        <AppShell pageKey={pageKey} language={language} onLanguageChange={setLanguage}>
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
