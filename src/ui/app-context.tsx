import { createContext, useContext } from 'react';
import type { App } from '../app';

const AppContext = createContext<App | null>(null);

/** Hands the application services, built once at start-up, to every screen. */
export const AppProvider = AppContext.Provider;

/** The application services: the only way a screen reads or writes plans, settings or the directory. */
export function useApp(): App {
  const app = useContext(AppContext);
  if (!app) throw new Error('useApp outside <AppProvider>');
  return app;
}
