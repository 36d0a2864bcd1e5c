import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { SAY } from '../messages';
import type { AppEnv, ServerDeps } from './env';
import { sameOrigin, signedIn } from './guard';
import { refuse } from './respond';
import { adminRoutes } from './routes-admin';
import { planRoutes } from './routes-plans';
import { runRoutes } from './routes-runs';
import { sessionRoutes } from './routes-session';

/** The HTTP API under /api; stateless but for the login limiter, so any number of instances can serve it. */
export function createApp(deps: ServerDeps) {
  const app = new Hono<AppEnv>();
  app.onError((error, c) => {
    console.error(error);
    return refuse(c, 500, 'server-error', {
      vi: 'Máy chủ gặp lỗi khi xử lý yêu cầu.',
      en: 'The server failed while handling the request.',
    });
  });
  app.use(
    '/api/*',
    cors({
      origin: (origin) => (deps.allowedOrigins.includes(origin) ? origin : null),
      credentials: true,
      allowHeaders: ['content-type', 'x-csrf-token', 'last-event-id'],
      allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
    }),
  );
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: deps.maxBodyBytes,
      onError: (c) => refuse(c, 413, 'too-large', SAY.tooLarge(deps.maxBodyBytes)),
    }),
  );
  app.use('/api/*', sameOrigin(deps));
  app.route('/api/session', sessionRoutes(deps));
  app.use('/api/*', signedIn(deps));
  app.route('/api/admin', adminRoutes(deps));
  app.route('/api/plans', planRoutes(deps));
  app.route('/api/runs', runRoutes(deps));
  return app;
}
