import type { RunEvent } from '../domain/run';
import { snapshotOf, touchedBodies } from '../engine/run-snapshot';
import { runStatusOf, type RunState } from '../engine/run-state';
import type { RunSnapshotRecord } from '../store';

/**
 * What the store keeps of a run's state: its status, the snapshot's head, and its parts by body — after
 * `event`, only the parts of the bodies it may have changed; otherwise every part.
 */
export function snapshotInput(state: RunState, event?: RunEvent) {
  const { bodies, ...head } = snapshotOf(state, event ? touchedBodies(state, event) : undefined);
  return { status: runStatusOf(state), state: head, parts: bodies };
}

/** The snapshot a stored record holds: its head with its parts put back. */
export function storedSnapshot(record: RunSnapshotRecord): unknown {
  return typeof record.state === 'object' ? { ...record.state, bodies: record.parts } : null;
}
