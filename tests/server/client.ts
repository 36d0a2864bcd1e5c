import type { Hono } from 'hono';

type App = Pick<Hono, 'request'>;

/**
 * A browser in a test: keeps its session cookie, sends its CSRF token with every unsafe request, and the
 * length of the body it sends, as browsers do.
 */
export class Browser {
  cookie = '';
  csrf = '';

  constructor(private readonly app: App) {}

  async call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const sent = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    const response = await this.app.request(path, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(sent === undefined ? {} : { 'content-length': String(Buffer.byteLength(sent)) }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf ? { 'x-csrf-token': this.csrf } : {}),
        ...headers,
      },
      body: sent,
    });
    const session = /rs_session=([^;]*)/.exec(response.headers.get('set-cookie') ?? '');
    if (session) this.cookie = session[1] ? `rs_session=${session[1]}` : '';
    return response;
  }

  async json<T = Record<string, unknown>>(method: string, path: string, body?: unknown) {
    const response = await this.call(method, path, body);
    return { status: response.status, body: (await response.json()) as T };
  }

  async signIn(username: string, password: string): Promise<number> {
    const { status, body } = await this.json<{ csrfToken: string }>('POST', '/api/session', {
      username,
      password,
    });
    if (status === 200) this.csrf = body.csrfToken;
    return status;
  }
}
