import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportOutcome } from '../../documents';
import type { Plan } from '../../domain/plan';
import type { ImportRequest, ImportResponse } from './import-protocol';

export type ReadState =
  | { status: 'idle' }
  | { status: 'working'; phase: 'starting' | 'reading' | 'parsing' }
  | { status: 'done'; outcome: ImportOutcome }
  | { status: 'failed' };

export type DocumentInput =
  { kind: 'text'; text: string; file: string | null } | { kind: 'docx'; bytes: Uint8Array; file: string };

/**
 * Reads documents in a Web Worker (started on first use, ended with the screen), reporting its phase; only
 * the newest request's answer counts.
 */
export function useImportWorker(known: Pick<Plan, 'bodies' | 'groups'>[]) {
  const [state, setState] = useState<ReadState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);
  const seq = useRef(0);
  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );
  const read = useCallback(
    (input: DocumentInput) => {
      if (!worker.current) {
        worker.current = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
        worker.current.onmessage = (event: MessageEvent<ImportResponse>) => {
          const answer = event.data;
          if (answer.seq !== seq.current) return;
          setState(
            answer.type === 'progress'
              ? { status: 'working', phase: answer.phase }
              : { status: 'done', outcome: answer.outcome },
          );
        };
        worker.current.onerror = () => setState({ status: 'failed' });
      }
      seq.current++;
      setState({ status: 'working', phase: 'starting' });
      const request: ImportRequest = { seq: seq.current, known, ...input };
      worker.current.postMessage(request);
    },
    [known],
  );
  const reset = useCallback(() => {
    seq.current++;
    setState({ status: 'idle' });
  }, []);
  return { state, read, reset };
}
