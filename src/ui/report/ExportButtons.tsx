import { useState } from 'react';
import type { Plan } from '../../domain/plan';
import { downloadFile } from '../controls/download';
import { useReportPageMessages } from './messages';

type Format = 'docx' | 'xlsx' | 'csv' | 'ics';
const FORMATS: Format[] = ['docx', 'xlsx', 'csv', 'ics'];
const TYPES: Record<Format, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
  ics: 'text/calendar;charset=utf-8',
};

/**
 * The file of a plan in one format. Each writer loads on its first export, on its own: the .docx writer is
 * large, and neither it nor the import's .docx reader comes with the table or the calendar.
 */
async function render(plan: Plan, format: Format): Promise<string | Uint8Array> {
  switch (format) {
    case 'docx':
      return (await import('../../documents/export-docx')).exportPlanDocx(plan);
    case 'xlsx':
      return (await import('../../documents/export-table')).exportAssignmentsXlsx(plan);
    case 'csv':
      return (await import('../../documents/export-table')).exportAssignmentsCsv(plan);
    case 'ics':
      return (await import('../../documents/export-ics')).exportCalendarIcs(plan, {
        now: new Date().toISOString(),
      });
  }
}

/** Download the plan as its document (.docx), its assignment table (.xlsx, CSV) or its calendar (.ics). */
export function ExportButtons({ plan }: { plan: Plan }) {
  const m = useReportPageMessages();
  const [busy, setBusy] = useState<Format | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const exportAs = async (format: Format) => {
    setBusy(format);
    setFailed(null);
    try {
      downloadFile(`${plan.id}.${format}`, await render(plan, format), TYPES[format]);
    } catch (error) {
      setFailed(m.exportFailed(error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="plan-page__exports" role="group" aria-label={m.exports}>
      {FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          className="button button--quiet"
          disabled={busy !== null}
          onClick={() => void exportAs(format)}
        >
          {m.exportAs[format]}
        </button>
      ))}
      {failed && (
        <p role="alert" className="notice notice--problem">
          {failed}
        </p>
      )}
    </div>
  );
}
