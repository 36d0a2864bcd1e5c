import { Link } from '../router/router';
import { useShellMessages } from './messages';

/** The way back from a plan's page to the library, in the page itself rather than the browser's Back. */
export function Breadcrumb({ className = 'breadcrumb' }: { className?: string }) {
  const m = useShellMessages();
  return (
    <nav aria-label={m.breadcrumb} className={className}>
      <Link to={{ name: 'library' }}>
        <span aria-hidden="true">← </span>
        {m.libraryCrumb}
      </Link>
    </nav>
  );
}
