interface VerdictBadgeProps {
  ok: boolean;
  /** Complete, but only on conditions (caveats): amber, never plain green. */
  conditional?: boolean;
  /** The verdict in words; it is both shown and used as the badge's accessible name. */
  label: string;
}

const SYMBOLS = { ok: '✓', conditional: '◐', stuck: '✗' } as const;

/**
 * A traffic-light verdict: ✓ on green, ◐ on amber (on conditions) or ✗ on red, always with words, so colour
 * is never the only cue. The badge is one image for assistive technology, named by `label`.
 */
export function VerdictBadge({ ok, conditional = false, label }: VerdictBadgeProps) {
  const tone = !ok ? 'stuck' : conditional ? 'conditional' : 'ok';
  return (
    <span
      className={`verdict-badge verdict-badge--${tone}`}
      role="img"
      aria-label={label}
      data-verdict={tone}
    >
      <span className="verdict-badge__symbol" aria-hidden="true">
        {SYMBOLS[tone]}
      </span>{' '}
      {label}
    </span>
  );
}
