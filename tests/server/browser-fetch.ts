import type { Fetch } from '../../src/app/server-client';

/**
 * A browser's network as the app's server client sees it, over real HTTP: it keeps the session cookie
 * like a browser does, and can be switched offline, which fails every request and cuts open streams.
 */
export class BrowserNetwork {
  private cookie = '';
  private offline = false;
  private readonly open = new Set<AbortController>();

  fetch: Fetch = async (input, init) => {
    if (this.offline) throw new TypeError('Failed to fetch (offline)');
    const cut = new AbortController();
    this.open.add(cut);
    init.signal?.addEventListener('abort', () => cut.abort());
    const headers = {
      ...(init.headers as Record<string, string>),
      ...(this.cookie ? { cookie: this.cookie } : {}),
    };
    try {
      const response = await fetch(input, { ...init, headers, signal: cut.signal });
      for (const line of response.headers.getSetCookie()) {
        const session = /^rs_session=([^;]*)/.exec(line);
        if (session) this.cookie = session[1] ? `rs_session=${session[1]}` : '';
      }
      return response;
    } catch (error) {
      throw this.offline ? new TypeError('Failed to fetch (offline)') : error;
    }
  };

  setOffline(offline: boolean) {
    this.offline = offline;
    if (offline) for (const cut of this.open) cut.abort();
    this.open.clear();
  }
}
