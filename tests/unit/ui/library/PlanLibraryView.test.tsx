// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../../../src/app';
import { openDatabase } from '../../../../src/store';
import { AppProvider } from '../../../../src/ui/app-context';
import { LanguageProvider } from '../../../../src/ui/i18n/language';
import { PlanLibraryView } from '../../../../src/ui/library/PlanLibraryView';
import type { PlanRecord } from '../../../../src/app';
import { planRecord } from './records';

afterEach(cleanup);

/** The app's services over an empty database: the view takes its verdicts from them. */
const app = createApp(openDatabase('library-view'));

/** Two bodies, each with one task that needs the result of the other's: both are stuck. */
const stuck = planRecord({
  id: 'stuck',
  title: 'Kế hoạch tuyên truyền',
  number: { raw: 'Số 5-KH/TU', number: '5', type: 'KH', issuer: 'TU' },
  tasks: [
    { id: 't1', leadId: 'b0', prerequisiteIds: ['t2'] },
    { id: 't2', leadId: 'b1', prerequisiteIds: ['t1'] },
  ],
  updatedAt: '2025-03-01T00:00:00.000Z',
});

const fine = planRecord({
  id: 'fine',
  kind: 'de-an',
  title: 'Đề án chuyển đổi số',
  date: null,
  taskCount: 3,
  updatedAt: '2025-01-01T00:00:00.000Z',
});

function renderLibrary(records: PlanRecord[], language: 'vi' | 'en' = 'vi') {
  const actions = { onDuplicate: vi.fn(), onExport: vi.fn(), onRemove: vi.fn() };
  render(
    <AppProvider value={app}>
      <LanguageProvider language={language}>
        <PlanLibraryView records={records} {...actions} />
      </LanguageProvider>
    </AppProvider>,
  );
  return actions;
}

const rows = (name = 'Danh sách kế hoạch') =>
  within(screen.getByRole('list', { name })).getAllByRole('listitem');
const titles = (name?: string) => rows(name).map((r) => within(r).getByRole('heading').textContent);

describe('PlanLibraryView', () => {
  it('shows each plan with its kind, number, issuer, date, task count and a link to its editor', () => {
    renderLibrary([stuck, fine]);

    const row = rows().find((r) => r.textContent?.includes('Kế hoạch tuyên truyền')) as HTMLElement;
    const link = within(row).getByRole('link', { name: 'Kế hoạch tuyên truyền' });
    expect(link.getAttribute('href')).toBe('/plans/stuck');
    expect(
      within(row)
        .getByRole('link', { name: /Xem kết quả kiểm chứng/ })
        .getAttribute('href'),
    ).toBe('/plans/stuck/report');
    const meta = (term: string) => within(row).getByText(term).nextElementSibling?.textContent;
    expect(meta('Loại')).toBe('Kế hoạch');
    expect(meta('Số, ký hiệu')).toBe('5-KH/TU');
    expect(meta('Cơ quan ban hành')).toBe('Cơ quan 0');
    expect(meta('Ngày')).toBe('02/02/2024');
    expect(meta('Nhiệm vụ')).toBe('2');

    const other = rows().find((r) => r.textContent?.includes('Đề án chuyển đổi số')) as HTMLElement;
    expect(within(other).getByText('Không số')).toBeTruthy();
    expect(within(other).getByText('Không ghi ngày')).toBeTruthy();
  });

  it('gives each plan an accessible verdict badge: stuck bodies counted, or every body completes', () => {
    renderLibrary([stuck, fine]);

    const [first, second] = rows();
    expect(within(first!).getByRole('img', { name: '2 cơ quan mắc kẹt' }).dataset.verdict).toBe('stuck');
    expect(within(second!).getByRole('img', { name: 'Mọi cơ quan hoàn thành được' }).dataset.verdict).toBe(
      'ok',
    );
  });

  it('filters as the user types, ignoring diacritics and case', () => {
    renderLibrary([stuck, fine]);

    const search = screen.getByRole('searchbox', { name: 'Tìm kế hoạch' });
    fireEvent.change(search, { target: { value: 'KE HOACH' } });
    expect(titles()).toEqual(['Kế hoạch tuyên truyền']);
    expect(screen.getByRole('status').textContent).toBe('Hiển thị 1 trong 2 kế hoạch');

    fireEvent.change(search, { target: { value: 'chuyen doi so' } });
    expect(titles()).toEqual(['Đề án chuyển đổi số']);

    fireEvent.change(search, { target: { value: 'không có' } });
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByText('Không có kế hoạch nào khớp với từ khóa.')).toBeTruthy();
  });

  it('sorts by last edit first, then by the order the user chooses', () => {
    renderLibrary([fine, stuck]);

    expect(titles()).toEqual(['Kế hoạch tuyên truyền', 'Đề án chuyển đổi số']);
    const sort = screen.getByRole('combobox', { name: 'Sắp xếp theo' });
    fireEvent.change(sort, { target: { value: 'tasks' } });
    expect(titles()).toEqual(['Đề án chuyển đổi số', 'Kế hoạch tuyên truyền']);
    fireEvent.change(sort, { target: { value: 'title' } });
    expect(titles()).toEqual(['Đề án chuyển đổi số', 'Kế hoạch tuyên truyền']);
    fireEvent.change(sort, { target: { value: 'date' } });
    expect(titles()).toEqual(['Kế hoạch tuyên truyền', 'Đề án chuyển đổi số']);
  });

  it('names the plan in each action button and passes that plan to the action', () => {
    const actions = renderLibrary([stuck, fine]);

    fireEvent.click(screen.getByRole('button', { name: 'Nhân bản: Đề án chuyển đổi số' }));
    expect(actions.onDuplicate).toHaveBeenCalledWith(fine);
    fireEvent.click(screen.getByRole('button', { name: 'Xuất JSON: Kế hoạch tuyên truyền' }));
    expect(actions.onExport).toHaveBeenCalledWith(stuck);
    fireEvent.click(screen.getByRole('button', { name: 'Xóa: Kế hoạch tuyên truyền' }));
    expect(actions.onRemove).toHaveBeenCalledWith(stuck);
  });

  it('speaks English when asked, and finds a kind by its English name', () => {
    renderLibrary([stuck, fine], 'en');

    expect(screen.getByRole('img', { name: '2 bodies stuck' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Every body can complete' })).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search plans' }), {
      target: { value: 'scheme' },
    });
    expect(titles('Plans')).toEqual(['Đề án chuyển đổi số']);
  });

  it('says the library is empty when it is', () => {
    renderLibrary([]);
    expect(screen.getByText(/Thư viện chưa có kế hoạch nào/)).toBeTruthy();
  });
});
