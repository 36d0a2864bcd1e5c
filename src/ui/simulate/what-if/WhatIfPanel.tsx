import type { StudioPanelProps } from '../panel';
import { useStudioMessages } from '../messages';

/** Placeholder until this view lands. */
export default function WhatIfPanel(_props: StudioPanelProps) {
  const m = useStudioMessages();
  return <p className="notice">{m.notYet}</p>;
}
