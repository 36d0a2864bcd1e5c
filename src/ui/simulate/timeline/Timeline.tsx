import { useMemo, type CSSProperties } from 'react';
import type { Plan } from '../../../domain/plan';
import type { Forecast } from '../../../engine/forecast-types';
import { formatDate } from '../../i18n/format';
import { useTimelineMessages } from './messages';
import { lookupOf } from './plan-lookup';
import { timelineOf, type TimelineItem, type TimelineModel } from './timeline-layout';
import './timeline.css';

/** Pixels per calendar day: wide for a few months, narrower for years. */
function scaleOf(days: number): number {
  if (days <= 120) return 6;
  return days <= 400 ? 3 : 1.5;
}

const px = (days: number | null, scale: number) => `${(days ?? 0) * scale}px`;

function Mark({ item, scale }: { item: TimelineItem; scale: number }) {
  const m = useTimelineMessages();
  const t = item.forecast;
  const late = item.late ? ` — ${m.late}` : '';
  if (item.shape === 'none') return <span className="timeline__none">{m.none}</span>;
  if (item.shape === 'point') {
    const label = m.point(item.code, formatDate(t.p50)) + late;
    return (
      <span
        role="img"
        aria-label={label}
        title={label}
        className={`timeline__point${item.late ? ' timeline__mark--late' : ''}`}
        style={{ left: px(item.p50, scale) }}
      />
    );
  }
  if (item.shape === 'band') {
    const label = m.band(
      item.code,
      formatDate(t.band?.from ?? null),
      t.band?.to ? formatDate(t.band.to) : null,
    );
    const width = Math.max(2, ((item.p50 ?? 0) - (item.from ?? 0)) * scale);
    return (
      <span
        role="img"
        aria-label={label}
        title={label}
        className="timeline__band"
        style={{ left: px(item.from, scale), width: `${width}px` }}
      />
    );
  }
  const label =
    m.bar(item.code, formatDate(t.start), formatDate(t.p50), formatDate(t.p90), formatDate(t.deadline)) +
    late;
  const from = item.from ?? 0;
  const solid = Math.max(3, ((item.p50 ?? from) - from + 1) * scale);
  const tail = Math.max(0, ((item.p90 ?? item.p50 ?? from) - (item.p50 ?? from)) * scale);
  return (
    <span
      role="img"
      aria-label={label}
      title={label}
      className={`timeline__bar${item.late ? ' timeline__mark--late' : ''}`}
      style={{ left: px(from, scale), '--solid': `${solid}px`, width: `${solid + tail}px` } as CSSProperties}
    />
  );
}

function Row({ item, scale }: { item: TimelineItem; scale: number }) {
  const m = useTimelineMessages();
  const deadline = item.forecast.deadline;
  return (
    <div className="timeline__row" role="listitem">
      <div className="timeline__label" title={`${item.code} ${item.title}`}>
        <span className="timeline__code">{item.code}</span>{' '}
        <span className="timeline__title">{item.title}</span>
        {item.late && <strong className="timeline__late-tag"> ⚠ {m.lateShort}</strong>}
      </div>
      <div className="timeline__track">
        {item.deadline !== null && (
          <span
            className="timeline__deadline"
            style={{ left: px(item.deadline + 1, scale) }}
            title={m.deadline(formatDate(deadline))}
          />
        )}
        <Mark item={item} scale={scale} />
      </div>
    </div>
  );
}

function Months({ model, scale }: { model: TimelineModel; scale: number }) {
  const every = scale >= 3 ? 1 : 3;
  return (
    <div className="timeline__row timeline__row--head" aria-hidden="true">
      <div className="timeline__label" />
      <div className="timeline__track">
        {model.months.map((month, i) => (
          <span key={month.iso} className="timeline__month" style={{ left: px(month.at, scale) }}>
            {i % every === 0 ? `${month.iso.slice(5, 7)}/${month.iso.slice(0, 4)}` : ''}
          </span>
        ))}
      </div>
    </div>
  );
}

/**
 * A Gantt-like timeline of a forecast, drawn with CSS: per lead body, each task's bar from its P50 start to
 * its P50 and P90 finish against its deadline; bands for ongoing duties, points for fixed-day events. The
 * labels stay in view while the chart scrolls sideways; every mark has a text label.
 */
export function Timeline({ plan, forecast, title }: { plan: Plan; forecast: Forecast; title: string }) {
  const m = useTimelineMessages();
  const model = useMemo(() => timelineOf(plan, forecast, lookupOf(plan)), [plan, forecast]);
  const scale = scaleOf(model.days);
  const style = { '--track-width': `${model.days * scale}px` } as CSSProperties;
  return (
    <div className="timeline-block">
      <div className="timeline" role="region" aria-label={m.region(title)} tabIndex={0}>
        <div className="timeline__grid" style={style}>
          <Months model={model} scale={scale} />
          {model.groups.map((g) => (
            <div key={g.bodyId ?? ''} role="list" aria-label={g.name || m.noLead}>
              <div className="timeline__row timeline__row--body">
                <div className="timeline__label" title={g.name || m.noLead}>
                  <strong>{g.name || m.noLead}</strong>
                  {g.finish && <span className="muted"> · {m.bodyFinish(formatDate(g.finish))}</span>}
                </div>
                <div className="timeline__track" />
              </div>
              {g.items.map((item) => (
                <Row key={item.forecast.taskId} item={item} scale={scale} />
              ))}
            </div>
          ))}
        </div>
      </div>
      <ul className="timeline__legend" aria-label={m.legend}>
        <li>
          <span className="timeline__bar timeline__bar--sample" aria-hidden="true" /> {m.legendBar}
        </li>
        <li>
          <span className="timeline__band timeline__band--sample" aria-hidden="true" /> {m.legendBand}
        </li>
        <li>
          <span className="timeline__point timeline__point--sample" aria-hidden="true" /> {m.legendPoint}
        </li>
        <li>
          <span className="timeline__deadline timeline__deadline--sample" aria-hidden="true" />{' '}
          {m.legendDeadline}
        </li>
        <li>
          <span className="timeline__bar timeline__bar--sample timeline__mark--late" aria-hidden="true" />{' '}
          {m.legendLate}
        </li>
      </ul>
    </div>
  );
}
