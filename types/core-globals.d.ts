/**
 * The only globals the core (domain, engine, store, app, documents) may use: those every runtime it runs
 * in has, browsers, Web Workers and Node alike. `tsconfig.core.json` compiles the core with these and
 * the ES library only, so a DOM or Node name used there is a type error.
 */
declare const console: {
  error(...data: unknown[]): void;
  warn(...data: unknown[]): void;
};

declare const performance: {
  now(): number;
  mark(name: string): unknown;
  measure(name: string, startMark?: string): unknown;
};
