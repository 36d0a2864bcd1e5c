import { useEffect, useMemo, useRef, type RefObject } from 'react';
import './app.css';
import { AppLink } from './AppLink';
import { checkPlans } from './checked-plans';
import { planShortName } from './plan-labels';
import { PlanLibrary } from './PlanLibrary';
import { PlanNotFound } from './PlanNotFound';
import { PlanPage } from './PlanPage';
import { SEED_PLANS } from './seed-plans';
import { usePlanParam } from './use-plan-param';

const APP_NAME = 'Rollout Studio';

/** After moving between pages, put focus where a keyboard or screen-reader user expects to continue. */
function useFocusOnPageChange(main: RefObject<HTMLElement | null>, planId: string | null) {
  const shown = useRef(planId);
  useEffect(() => {
    if (shown.current === planId) return;
    const previous = shown.current;
    shown.current = planId;
    const root = main.current;
    if (!root) return;
    const backTo = previous
      ? root.querySelector<HTMLElement>(`a[data-plan-id="${CSS.escape(previous)}"]`)
      : null;
    if (!planId && backTo) {
      backTo.focus();
      return;
    }
    window.scrollTo(0, 0);
    root.querySelector<HTMLElement>('h1')?.focus();
  }, [main, planId]);
}

export function App() {
  const [planId, navigate] = usePlanParam();
  const { checked, failed } = useMemo(() => checkPlans(SEED_PLANS.plans), []);
  const invalid = useMemo(() => [...SEED_PLANS.invalid, ...failed], [failed]);
  const entry = planId ? checked.find((c) => c.plan.id === planId) : undefined;
  const main = useRef<HTMLElement>(null);
  useFocusOnPageChange(main, planId);

  useEffect(() => {
    document.title = entry ? `${planShortName(entry.plan)} · ${APP_NAME}` : APP_NAME;
  }, [entry]);

  return (
    <>
      <a className="skip-link" href="#main">
        Bỏ qua, đến nội dung chính
      </a>
      <header className="app-header">
        <AppLink planId={null} navigate={navigate} className="brand">
          {APP_NAME}
        </AppLink>
        <span className="tagline">Kiểm chứng kế hoạch triển khai nghị quyết</span>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {entry ? (
          <PlanPage entry={entry} navigate={navigate} />
        ) : planId ? (
          <PlanNotFound planId={planId} navigate={navigate} />
        ) : (
          <PlanLibrary plans={checked} invalid={invalid} navigate={navigate} />
        )}
      </main>
    </>
  );
}
