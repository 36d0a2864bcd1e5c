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

/** The file of a plan in one format; the document writers (docx, exceljs) load on the first export. */
async function render(plan: Plan, format: Format): Promise<string | Uint8Array> {
  const documents = await import('../../documents');
  switch (format) {
    case 'docx':
      return documents.exportPlanDocx(plan);
    case 'xlsx':
      return documents.exportAssignmentsXlsx(plan);
    case 'csv':
      return documents.exportAssignmentsCsv(plan);
    case 'ics':
      return documents.exportCalendarIcs(plan, { now: new Date().toISOString() });
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
