import { useRegisterSW } from 'virtual:pwa-register/react';
import { UpdateBanner } from './UpdateBanner';

/** A long session still hears of a new version: the browser checks by itself only on navigation. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Registers the service worker that keeps the app usable offline, and offers a new version when one
 * has been deployed. The status region is always there, so screen readers announce the offer.
 */
export function AppUpdate() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      // Offline the check fails; the next one will tell.
      setInterval(() => registration.update().catch(() => undefined), CHECK_EVERY_MS);
    },
  });
  return (
    <div role="status" className="update-slot">
      {needRefresh && (
        <UpdateBanner onReload={() => void updateServiceWorker(true)} onLater={() => setNeedRefresh(false)} />
      )}
    </div>
  );
}
