/** The app's addresses. Every screen has a real URL, so a plan opens from its link and Back works. */
export type Route =
  | { name: 'library' }
  | { name: 'import' }
  | { name: 'editor'; planId: string }
  | { name: 'report'; planId: string }
  | { name: 'studio'; planId: string; tab: StudioTab }
  | { name: PlaceName }
  | { name: 'run'; runId: string }
  | { name: 'not-found'; path: string };

/** The simulation studio's three views of one plan: play it, forecast it on the calendar, ask "what if". */
export const STUDIO_TABS = ['simulate', 'forecast', 'what-if'] as const;
export type StudioTab = (typeof STUDIO_TABS)[number];

/** The places of the navigation besides the library, each at its own fixed address. */
export const PLACE_PATHS = {
  simulate: '/simulate',
  runs: '/runs',
  directory: '/directory',
  settings: '/settings',
} as const;
export type PlaceName = keyof typeof PLACE_PATHS;

const PLACE_BY_PATH = new Map<string, PlaceName>(
  Object.entries(PLACE_PATHS).map(([name, path]) => [path, name as PlaceName]),
);

/** A path segment decoded, or null when it cannot be ("%", "%E0%A4"). */
function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

const PLAN_PAGES = /^\/plans\/([^/]+)(?:\/(report|simulate|forecast|what-if))?$/;
const RUN_PAGE = /^\/runs\/([^/]+)$/;

/** The route of any address: one the app does not have, or cannot even decode, is "not found", never an error. */
export function parseRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { name: 'library' };
  if (path === '/import') return { name: 'import' };
  const runPage = RUN_PAGE.exec(path);
  if (runPage) {
    const runId = decodeSegment(runPage[1] as string);
    return runId === null ? { name: 'not-found', path } : { name: 'run', runId };
  }
  const place = PLACE_BY_PATH.get(path);
  if (place) return { name: place };
  const plan = PLAN_PAGES.exec(path);
  const planId = plan ? decodeSegment(plan[1] as string) : null;
  if (planId === null) return { name: 'not-found', path };
  const page = plan?.[2];
  if (page === undefined) return { name: 'editor', planId };
  return page === 'report' ? { name: 'report', planId } : { name: 'studio', planId, tab: page as StudioTab };
}

export function routePath(route: Route): string {
  switch (route.name) {
    case 'library':
      return '/';
    case 'import':
      return '/import';
    case 'editor':
      return `/plans/${encodeURIComponent(route.planId)}`;
    case 'report':
      return `/plans/${encodeURIComponent(route.planId)}/report`;
    case 'studio':
      return `/plans/${encodeURIComponent(route.planId)}/${route.tab}`;
    case 'runs':
      return '/runs';
    case 'run':
      return `/runs/${encodeURIComponent(route.runId)}`;
    case 'not-found':
      return route.path;
    default:
      return PLACE_PATHS[route.name];
  }
}
