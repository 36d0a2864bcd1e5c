interface VerdictBadgeProps {
  ok: boolean;
  /** The verdict in words; it is both shown and used as the badge's accessible name. */
  label: string;
}

/**
 * A traffic-light verdict: ✓ on green or ✗ on red, always with words, so colour is never the only cue.
 * The badge is one image for assistive technology, named by `label`, so the symbol is not read out.
 */
export function VerdictBadge({ ok, label }: VerdictBadgeProps) {
  return (
    <span
      className={`verdict-badge ${ok ? 'verdict-badge--ok' : 'verdict-badge--stuck'}`}
      role="img"
      aria-label={label}
      data-verdict={ok ? 'ok' : 'stuck'}
    >
      <span className="verdict-badge__symbol" aria-hidden="true">
        {ok ? '✓' : '✗'}
      </span>{' '}
      {label}
    </span>
  );
}
