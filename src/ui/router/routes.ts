/** The app's addresses. Every screen has a real URL, so a plan opens from its link and Back works. */
export type Route =
  | { name: 'library' }
  | { name: 'editor'; planId: string }
  | { name: 'report'; planId: string }
  | { name: 'not-found'; path: string };

export function parseRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { name: 'library' };
  const editor = /^\/plans\/([^/]+)$/.exec(path);
  if (editor) return { name: 'editor', planId: decodeURIComponent(editor[1] as string) };
  const report = /^\/plans\/([^/]+)\/report$/.exec(path);
  if (report) return { name: 'report', planId: decodeURIComponent(report[1] as string) };
  return { name: 'not-found', path };
}

export function routePath(route: Route): string {
  switch (route.name) {
    case 'library':
      return '/';
    case 'editor':
      return `/plans/${encodeURIComponent(route.planId)}`;
    case 'report':
      return `/plans/${encodeURIComponent(route.planId)}/report`;
    case 'not-found':
      return route.path;
  }
}
