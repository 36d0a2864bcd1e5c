import { TIMELINESS_LABELS } from '../../domain/run-labels';
import { CATEGORY_COLOURS, TIMELINESS, type TimelinessCounts } from '../../domain/timeliness';
import { useLanguage } from '../i18n/language';
import { useRunMessages } from './messages';

const ROW = 26;
const LABEL = 210;
const BAR = 320;
const WIDTH = LABEL + BAR + 48;

/**
 * The run's assignments counted by reporting category, as horizontal bars in the categories' colours (a
 * small SVG drawn here, loaded with the dashboard's first chart). Each bar is labelled with its count.
 */
export default function RunChart({ counts }: { counts: TimelinessCounts }) {
  const m = useRunMessages();
  const language = useLanguage();
  const most = Math.max(1, ...TIMELINESS.map((t) => counts[t]));
  const height = TIMELINESS.length * ROW;
  return (
    <figure className="run-chart">
      <figcaption id="run-chart-caption">{m.chartTitle}</figcaption>
      <svg
        role="img"
        aria-labelledby="run-chart-caption run-chart-desc"
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        style={{ maxWidth: `${WIDTH}px` }}
      >
        <desc id="run-chart-desc">
          {TIMELINESS.map((t) => `${TIMELINESS_LABELS[t][language]}: ${counts[t]}`).join('; ')}
        </desc>
        {TIMELINESS.map((t, i) => {
          const y = i * ROW;
          const width = (counts[t] / most) * BAR;
          return (
            <g key={t} aria-hidden="true">
              <text x={LABEL - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="central">
                {TIMELINESS_LABELS[t][language]}
              </text>
              <rect
                className={`run-chart__bar run-chart__bar--${CATEGORY_COLOURS[t]}`}
                x={LABEL}
                y={y + 4}
                width={Math.max(width, counts[t] > 0 ? 2 : 0)}
                height={ROW - 8}
                rx={3}
              />
              <text x={LABEL + width + 6} y={y + ROW / 2} dominantBaseline="central">
                {counts[t]}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
