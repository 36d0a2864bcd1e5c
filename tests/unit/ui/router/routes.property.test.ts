import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseRoute,
  PLACE_PATHS,
  routePath,
  STUDIO_TABS,
  type PlaceName,
  type Route,
} from '../../../../src/ui/router/routes';

describe('the route of an address', () => {
  it.each([
    ['/plans/%', { name: 'not-found', path: '/plans/%' }],
    ['/plans/%E0%A4%A/report', { name: 'not-found', path: '/plans/%E0%A4%A/report' }],
    ['/plans/%ED%A0%80', { name: 'not-found', path: '/plans/%ED%A0%80' }],
    ['/plans//report', { name: 'not-found', path: '/plans//report' }],
    ['/plans', { name: 'not-found', path: '/plans' }],
    ['//', { name: 'library' }],
    ['/import/', { name: 'import' }],
    ['/plans/kh-1/', { name: 'editor', planId: 'kh-1' }],
    ['/plans/a%2Fb/report', { name: 'report', planId: 'a/b' }],
    ['/directory', { name: 'directory' }],
    ['/settings/', { name: 'settings' }],
    ['/simulate', { name: 'simulate' }],
    ['/runs', { name: 'runs' }],
    ['/runs/x', { name: 'run', runId: 'x' }],
    ['/plans/kh-1/simulate', { name: 'studio', planId: 'kh-1', tab: 'simulate' }],
    ['/plans/kh-1/what-if/', { name: 'studio', planId: 'kh-1', tab: 'what-if' }],
    ['/plans/kh-1/forecasts', { name: 'not-found', path: '/plans/kh-1/forecasts' }],
  ] satisfies [string, Route][])('%s', (path, route) => {
    expect(parseRoute(path)).toEqual(route);
  });

  it('is a route for any string at all, and that route has an address', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'grapheme' }),
          fc.string({
            unit: fc.constantFrom('/', '%', 'plans', 'report', 'E0', 'A4', 'ff', '2F', 'é', '\uD800'),
          }),
        ),
        (path) => {
          const route = parseRoute(path);
          expect(['library', 'import', 'editor', 'report', 'studio', 'not-found']).toContain(route.name);
          expect(typeof routePath(route)).toBe('string');
        },
      ),
    );
  });

  it('is a route for the path of any URL, with percent signs and escapes anywhere', () => {
    const escape = fc.constantFrom('%', '%2', '%zz', '%E0%A4', '%C0%AF', '%ff', '%25', '%2F', '%00');
    const segment = fc.oneof(fc.webSegment(), escape, fc.constant('plans'), fc.constant('report'));
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 5 }), fc.webUrl(), (segments, url) => {
        for (const path of [`/${segments.join('/')}`, new URL(url).pathname]) {
          expect(() => routePath(parseRoute(path))).not.toThrow();
        }
      }),
      { numRuns: 40 },
    );
  });

  it('gives back each place of the navigation from its own address', () => {
    for (const name of Object.keys(PLACE_PATHS) as PlaceName[]) {
      expect(parseRoute(routePath({ name }))).toEqual({ name });
    }
  });

  it('gives back the route of a plan page from its own address, whatever the plan id', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1 }),
        fc.constantFrom('editor' as const, 'report' as const),
        (planId, name) => {
          expect(parseRoute(routePath({ name, planId }))).toEqual({ name, planId });
        },
      ),
    );
  });

  it('gives back each view of the simulation studio from its own address, whatever the plan id', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1 }),
        fc.constantFrom(...STUDIO_TABS),
        (planId, tab) => {
          const route: Route = { name: 'studio', planId, tab };
          expect(parseRoute(routePath(route))).toEqual(route);
        },
      ),
    );
  });
});
