import { useEffect, useRef, useState } from 'react';
import type { RunEvent } from '../../../engine/verdict';

export type PlayerState = 'idle' | 'running' | 'paused' | 'ended';

/** The next event to fire and the days it takes, or null at the end. */
export type NextEvent = () => { event: RunEvent; days: number } | null;

/**
 * Fires events one by one at `perSecond` while running: each comes from `next` (a seeded scheduler, or a
 * counterexample's next step) and goes to `fire`; the player ends when `next` has none or one is refused.
 * With `initial`, it starts playing at once.
 */
export function usePlayer(
  perSecond: number,
  fire: (event: RunEvent, days: number) => boolean,
  initial: NextEvent | null,
) {
  const [state, setState] = useState<PlayerState>(initial ? 'running' : 'idle');
  const source = useRef<NextEvent | null>(initial);
  const fireRef = useRef(fire);
  useEffect(() => {
    fireRef.current = fire;
  });
  useEffect(() => {
    if (state !== 'running') return;
    const timer = window.setInterval(() => {
      const next = source.current?.() ?? null;
      if (!next || !fireRef.current(next.event, next.days)) setState('ended');
    }, 1000 / perSecond);
    return () => window.clearInterval(timer);
  }, [state, perSecond]);
  return {
    state,
    /** Start playing the events `next` gives. */
    play: (next: NextEvent) => {
      source.current = next;
      setState('running');
    },
    pause: () => setState((s) => (s === 'running' ? 'paused' : s)),
    resume: () => setState((s) => (s === 'paused' ? 'running' : s)),
    stop: () => setState('idle'),
  };
}
