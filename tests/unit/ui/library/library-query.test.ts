import { describe, expect, it } from 'vitest';
import { LABELS } from '../../../../src/domain/labels';
import type { Plan } from '../../../../src/domain/plan';
import { filterRecords, sortRecords } from '../../../../src/ui/library/library-query';
import { planRecord } from './records';

const viKind = (plan: Plan) => LABELS.vi.planKinds[plan.kind];

const records = [
  planRecord({
    id: 'a',
    title: 'Kế hoạch tuyên truyền',
    date: '2024-02-02',
    taskCount: 2,
    updatedAt: '2025-03-01T00:00:00.000Z',
  }),
  planRecord({
    id: 'b',
    kind: 'chuong-trinh-hanh-dong',
    title: 'Đề cương học tập',
    number: { raw: 'Số 66-CTr/TU', number: '66', type: 'CTr', issuer: 'TU' },
    date: null,
    taskCount: 5,
    updatedAt: '2025-01-01T00:00:00.000Z',
  }),
  planRecord({
    id: 'c',
    kind: 'de-an',
    title: 'Dân vận khéo',
    bodies: [{ id: 'bd', name: 'Ban Dân vận Thành ủy' }],
    issuerIds: ['bd'],
    date: '2025-06-30',
    taskCount: 0,
    updatedAt: '2025-02-01T00:00:00.000Z',
  }),
];

const ids = (list: readonly { id: string }[]) => list.map((r) => r.id);

describe('filterRecords', () => {
  it('ignores diacritics and case: "ke hoach" and "KẾ HOẠCH" find "Kế hoạch…"', () => {
    expect(ids(filterRecords(records, 'ke hoach', viKind))).toEqual(['a']);
    expect(ids(filterRecords(records, 'KẾ HOẠCH', viKind))).toEqual(['a']);
  });

  it('folds đ to d: "de cuong" finds "Đề cương"', () => {
    expect(ids(filterRecords(records, 'de cuong', viKind))).toEqual(['b']);
  });

  it('searches the number, the issuer names and the kind', () => {
    expect(ids(filterRecords(records, '66-ctr', viKind))).toEqual(['b']);
    expect(ids(filterRecords(records, 'ban dan van thanh uy', viKind))).toEqual(['c']);
    expect(ids(filterRecords(records, 'chuong trinh hanh dong', viKind))).toEqual(['b']);
  });

  it('also searches the kind in the interface language', () => {
    expect(ids(filterRecords(records, 'action programme', () => 'Action programme'))).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(ids(filterRecords(records, 'action programme', viKind))).toEqual([]);
  });

  it('keeps every record for an empty or blank query', () => {
    expect(ids(filterRecords(records, '  ', viKind))).toEqual(['a', 'b', 'c']);
  });
});

describe('sortRecords', () => {
  it('sorts titles with Vietnamese collation (D, then Đ, then K)', () => {
    expect(ids(sortRecords(records, 'title'))).toEqual(['c', 'b', 'a']);
  });

  it('puts the newest document date first and undated plans last', () => {
    expect(ids(sortRecords(records, 'date'))).toEqual(['c', 'a', 'b']);
  });

  it('puts the plan with most tasks first', () => {
    expect(ids(sortRecords(records, 'tasks'))).toEqual(['b', 'a', 'c']);
  });

  it('puts the last edited plan first, ties by title', () => {
    expect(ids(sortRecords(records, 'updated'))).toEqual(['a', 'c', 'b']);
    const tie = records.map((r) => ({ ...r, updatedAt: '2025-01-01T00:00:00.000Z' }));
    expect(ids(sortRecords(tie, 'updated'))).toEqual(['c', 'b', 'a']);
  });

  it('does not change the list it is given', () => {
    const copy = [...records];
    sortRecords(records, 'title');
    expect(records).toEqual(copy);
  });
});
