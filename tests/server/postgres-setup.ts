import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A real PostgreSQL server's URL when scripts/postgres.sh could start one, otherwise null. */
    postgresUrl: string | null;
  }
}

/** Start one throw-away PostgreSQL for the server's tests (each test file makes its own database in it). */
export default function setup(project: TestProject) {
  let started: { url: string; data: string } | null = null;
  try {
    const out = execFileSync(
      'bash',
      ['scripts/postgres.sh', 'start', process.env.TEST_POSTGRES_PORT ?? '4319'],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const url = /^DATABASE_URL=(.+)$/m.exec(out)?.[1];
    const data = /^PGDATA=(.+)$/m.exec(out)?.[1];
    if (url && data) started = { url, data };
  } catch (error) {
    console.warn(`PostgreSQL không khởi động được; kiểm thử máy chủ chỉ chạy trên PGlite. ${String(error)}`);
  }
  project.provide('postgresUrl', started?.url ?? null);
  return () => {
    if (started) execFileSync('bash', ['scripts/postgres.sh', 'stop', started.data], { stdio: 'inherit' });
  };
}
