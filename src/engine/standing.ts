import type { Finding } from './finding';
import type { BodyVerdict } from './verdict';

/**
 * A plan's overall standing, the only source of its badge: proven (green) only when every body completes
 * with no caveat and no finding is an error; complete with caveats (amber); error findings; or stuck.
 */
export type PlanStanding = 'proven' | 'conditional' | 'errors' | 'stuck';

export function standingOf(report: {
  bodies: readonly BodyVerdict[];
  findings: readonly Finding[];
}): PlanStanding {
  if (report.bodies.some((b) => !b.completes)) return 'stuck';
  if (report.findings.some((f) => f.severity === 'error')) return 'errors';
  return report.bodies.some((b) => b.caveats.length > 0) ? 'conditional' : 'proven';
}
