/** The studio's settings kept in the address's query, so that a run or a forecast can be shared and reproduced. */

/** A whole number of at most nine digits, or null. */
export const queryInteger = (value: string | null): number | null =>
  value !== null && /^\d{1,9}$/.test(value) ? Number(value) : null;

/** Put values in the address without a history entry (the router reads only the path); null removes one. */
export function writeQuery(values: Readonly<Record<string, string | number | null | undefined>>): void {
  const params = new URLSearchParams(window.location.search);
  for (const [key, value] of Object.entries(values)) {
    if (value === null || value === undefined) params.delete(key);
    else params.set(key, String(value));
  }
  const search = params.toString();
  window.history.replaceState(
    window.history.state,
    '',
    `${window.location.pathname}${search ? `?${search}` : ''}`,
  );
}
