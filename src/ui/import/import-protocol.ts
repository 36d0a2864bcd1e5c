import { directoryFromPlans, importDocument, importDocx, type ImportOutcome } from '../../documents';
import type { Plan } from '../../domain/plan';

/** What the import screen asks the worker: a pasted or .txt text, or a .docx file's bytes. */
export type ImportRequest = { seq: number; known: Pick<Plan, 'bodies' | 'groups'>[] } & (
  { kind: 'text'; text: string; file: string | null } | { kind: 'docx'; bytes: Uint8Array; file: string }
);

/** The worker's answers: the phase it has reached, then the outcome. */
export type ImportResponse =
  | { seq: number; type: 'progress'; phase: 'reading' | 'parsing' }
  | { seq: number; type: 'done'; outcome: ImportOutcome };

/** Reads the document of a request, telling each phase first; never throws. */
export async function answerImport(
  request: ImportRequest,
  tell: (response: ImportResponse) => void,
): Promise<void> {
  const { seq } = request;
  const options = { directory: directoryFromPlans(request.known), file: request.file ?? undefined };
  if (request.kind === 'docx') tell({ seq, type: 'progress', phase: 'reading' });
  tell({ seq, type: 'progress', phase: 'parsing' });
  const outcome =
    request.kind === 'docx'
      ? await importDocx(request.bytes, options)
      : importDocument(request.text, options);
  tell({ seq, type: 'done', outcome });
}
