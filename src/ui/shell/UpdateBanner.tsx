import { useId } from 'react';
import { useShellMessages } from './messages';

interface UpdateBannerProps {
  onReload: () => void;
  onLater: () => void;
}

/** Says that a new version is ready; it takes over only when the user chooses to reload. */
export function UpdateBanner({ onReload, onLater }: UpdateBannerProps) {
  const m = useShellMessages();
  const id = useId();
  return (
    <section className="update-banner" aria-labelledby={id}>
      <p id={id} className="update-banner__text">
        {m.updateReady}
      </p>
      <button type="button" className="button button--primary" onClick={onReload}>
        {m.updateReload}
      </button>
      <button type="button" className="button button--quiet" onClick={onLater}>
        {m.updateLater}
      </button>
    </section>
  );
}
