import { spawn } from 'node:child_process';

/**
 * A Vite server for a browser bench on a loopback port: the built app (`vite preview`) or the dev server.
 * Vite is started as the process itself (not through npx), so `stop` ends it rather than leaving it serving.
 */
export async function startVite(port: number, mode: 'preview' | 'dev'): Promise<{ stop: () => void }> {
  const args = [...(mode === 'preview' ? ['preview'] : []), '--host', '127.0.0.1', '--port', String(port)];
  const server = spawn('node_modules/.bin/vite', [...args, '--strictPort'], { stdio: 'ignore' });
  const stop = () => void server.kill();
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`http://127.0.0.1:${port}`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { stop };
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`vite ${mode} did not start on port ${port}`);
}
