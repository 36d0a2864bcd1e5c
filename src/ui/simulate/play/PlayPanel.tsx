import { use, useMemo, useState } from 'react';
import { useApp } from '../../app-context';
import type { StudioPanelProps } from '../panel';
import { usePlayMessages } from './messages';
import { readPlayQuery } from './play-query';
import { PlayView } from './PlayView';
import './play.css';

/** The studio's Play view: the plan verified (for its counterexamples), then played over its machines. */
export default function PlayPanel({ record, plans }: StudioPanelProps) {
  const m = usePlayMessages();
  const verification = use(useApp().verification());
  const checked = useMemo(() => verification.check(record, plans), [verification, record, plans]);
  const [query] = useState(readPlayQuery);
  if (!checked.ok)
    return (
      <p role="alert" className="notice notice--problem">
        {m.checkFailed(checked.detail)}
      </p>
    );
  return <PlayView key={`${record.id}@${record.revision}`} report={checked.report} query={query} />;
}
