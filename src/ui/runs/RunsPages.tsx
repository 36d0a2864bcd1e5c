import RunScreen from './RunScreen';
import { RunsScreen } from './RunsScreen';

/**
 * `/runs` and `/runs/:id` from one lazily loaded module: once the list has shown, opening a run renders at
 * once, without suspending on its code (React holds a revealed Suspense boundary back for 300 ms after its
 * fallback showed, which alone would cost an opening more than its whole budget).
 */
export default function RunsPages({ runId }: { runId: string | null }) {
  return runId === null ? <RunsScreen /> : <RunScreen runId={runId} />;
}
