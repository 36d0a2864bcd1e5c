import { useEffect, useMemo, useState } from 'react';
import type { PlanRecord, PlanVerdict, VerificationService } from '../../app';
import { useApp } from '../app-context';

const NOT_YET: ReadonlyMap<string, PlanVerdict> = new Map();

/**
 * Each record's verdict by id, computed once per revision (`VerificationService.verdicts`). Empty until the
 * verifier has loaded, after the library's first paint: the list of plans shows without it.
 */
export function useVerdicts(records: readonly PlanRecord[]): ReadonlyMap<string, PlanVerdict> {
  const app = useApp();
  const [verification, setVerification] = useState<VerificationService | null>(null);
  useEffect(() => {
    let current = true;
    void app.verification().then((loaded) => current && setVerification(loaded));
    return () => {
      current = false;
    };
  }, [app]);
  return useMemo(() => verification?.verdicts(records) ?? NOT_YET, [verification, records]);
}
