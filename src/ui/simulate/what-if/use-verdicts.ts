import { useEffect, useState } from 'react';
import type { PlanRecord } from '../../../app';
import type { Checked } from '../../../app/verification';
import type { Plan } from '../../../domain/plan';
import { useApp } from '../../app-context';

/** The verifier's report on `plan` (the record's plan or a what-if of it), through the app's lazily loaded service. */
export function useChecked(record: PlanRecord, plan: Plan, plans: ReadonlyMap<string, Plan>): Checked | null {
  const app = useApp();
  const [checked, setChecked] = useState<{ plan: Plan; checked: Checked } | null>(null);
  useEffect(() => {
    let live = true;
    void app.verification().then((service) => {
      if (live) setChecked({ plan, checked: service.check({ ...record, plan }, plans) });
    });
    return () => {
      live = false;
    };
  }, [app, record, plan, plans]);
  return checked?.plan === plan ? checked.checked : null;
}
