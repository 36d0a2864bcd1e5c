/** What went wrong, in one line, whatever was thrown. */
export function errorDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
