import { Link } from '../router/router';
import type { PlaceName, Route } from '../router/routes';
import { useShellMessages } from './messages';

/** The places of the navigation, in the order people meet them: design, try, run, then the shared data. */
const PLACES = ['library', 'simulate', 'runs', 'directory', 'settings'] as const;
type Place = (typeof PLACES)[number];

/** The place a route belongs to: a plan's editor, report and import are in the library, a run in the runs, a
 * plan's simulation studio in the simulation. */
export function placeOf(route: Route): Place | null {
  switch (route.name) {
    case 'library':
    case 'editor':
    case 'report':
    case 'import':
      return 'library';
    case 'run':
      return 'runs';
    case 'studio':
      return 'simulate';
    case 'not-found':
      return null;
    default:
      return route.name satisfies PlaceName;
  }
}

/**
 * One navigation for planners, reviewers and staff. The current place is marked for assistive technology:
 * as the page itself on its own address, as the section when a page inside it (a plan) is open.
 */
export function MainNav({ current }: { current: Route }) {
  const m = useShellMessages();
  const here = placeOf(current);
  return (
    <nav className="main-nav" aria-label={m.navigation}>
      <ul>
        {PLACES.map((place) => (
          <li key={place}>
            <Link
              to={{ name: place }}
              aria-current={here !== place ? undefined : current.name === place ? 'page' : 'location'}
            >
              {m.places[place]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
