import { useMemo } from 'react';
import type { PlanRecord, PlanVerdict } from '../../app';
import { useApp } from '../app-context';

/** Each record's verdict by id, computed once per revision (`VerificationService.verdicts`). */
export function useVerdicts(records: readonly PlanRecord[]): ReadonlyMap<string, PlanVerdict> {
  const { verification } = useApp();
  return useMemo(() => verification.verdicts(records), [verification, records]);
}
