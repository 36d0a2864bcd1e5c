import type { Checked } from '../../../app/verification';
import type { BodyVerdict } from '../../../engine/verdict';
import { useWhatIfMessages } from './messages';

function verdictsOf(checked: Checked | null): Map<string, BodyVerdict> | null {
  return checked?.ok ? new Map(checked.report.bodies.map((b) => [b.assigneeId, b])) : null;
}

/** Each body's verdict on the original plan and with the changes, side by side; changed verdicts are named. */
export function VerdictTable({ before, after }: { before: Checked | null; after: Checked | null }) {
  const m = useWhatIfMessages();
  const b = verdictsOf(before);
  const a = verdictsOf(after);
  const failed = [before, after].find((c) => c && !c.ok);
  if (failed && !failed.ok) return <p className="notice notice--problem">{m.verifyFailed(failed.detail)}</p>;
  if (!b || !a) return <p role="status">{m.verifying}</p>;
  const ids = [...new Set([...b.keys(), ...a.keys()])];
  const say = (v: BodyVerdict | undefined) => (v ? (v.completes ? m.completes : m.stuck) : m.absent);
  return (
    <div className="forecast__table-scroll">
      <table className="forecast__table what-if__verdicts">
        <caption className="visually-hidden">{m.verdictsTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{m.body}</th>
            <th scope="col">{m.original}</th>
            <th scope="col">{m.changed}</th>
          </tr>
        </thead>
        <tbody>
          {ids.map((id) => {
            const vb = b.get(id);
            const va = a.get(id);
            const changed = vb?.completes !== va?.completes;
            return (
              <tr key={id} className={changed ? 'what-if__row--changed' : undefined}>
                <th scope="row">{(va ?? vb)?.name ?? id}</th>
                <td className={vb && !vb.completes ? 'what-if__stuck' : undefined}>{say(vb)}</td>
                <td className={va && !va.completes ? 'what-if__stuck' : undefined}>
                  {say(va)}
                  {changed && <strong> ({m.verdictChanged})</strong>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
