// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { validatePlan } from '../../../../src/domain/plan-parse';
import { LanguageProvider } from '../../../../src/ui/i18n/language';
import { ProblemsNotice } from '../../../../src/ui/shell/ProblemsNotice';

afterEach(cleanup);

const same = (text: string) => ({ vi: text, en: text });
const broken = {
  source: 'Bản ghi "x" (bảng plans)',
  problems: [{ path: same('kind'), message: { vi: 'Giá trị không hợp lệ', en: 'Invalid value' } }],
};
const other = {
  source: 'Tệp mẫu y.plan.json',
  problems: [{ path: same('id'), message: { vi: 'Thiếu mã', en: 'No id' } }],
};

/** The problems of a real plan file: an id with capitals, a date not on the calendar, no issuer. */
function invalidFile() {
  const result = validatePlan({
    id: 'Ke Hoach',
    kind: 'ke-hoach',
    format: 'party',
    title: 'Kế hoạch',
    date: '2024-02-30',
    issuerIds: [],
  });
  if (result.ok) throw new Error('the plan should be refused');
  return { source: 'sai.plan.json', problems: result.problems };
}

/** The "path: message" lines listed under the one item of a notice. */
const problemLines = (notice: HTMLElement) =>
  within(within(notice).getAllByRole('list')[1] as HTMLElement)
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('ProblemsNotice', () => {
  it('lists each unreadable item with its problems, and can be dismissed', () => {
    const { rerender } = render(<ProblemsNotice problems={[broken]} />);

    const notice = screen.getByRole('region', { name: 'Một số dữ liệu không đọc được' });
    expect(within(notice).getByText(broken.source)).toBeTruthy();
    expect(notice.textContent).toContain('kind: Giá trị không hợp lệ');

    fireEvent.click(within(notice).getByRole('button', { name: 'Đóng thông báo' }));
    expect(screen.queryByRole('region')).toBeNull();

    rerender(<ProblemsNotice problems={[broken]} />);
    expect(screen.queryByRole('region')).toBeNull();
    rerender(<ProblemsNotice problems={[broken, other]} />);
    expect(screen.getByRole('region', { name: 'Một số dữ liệu không đọc được' }).textContent).toContain(
      'Thiếu mã',
    );
  });

  it('words the problems of an invalid plan file in Vietnamese, each with its path', () => {
    render(<ProblemsNotice problems={[invalidFile()]} />);

    expect(problemLines(screen.getByRole('region'))).toEqual([
      'id: Mã định danh chỉ gồm chữ thường không dấu, số và dấu gạch ngang',
      'issuerIds: Kế hoạch cần ít nhất một cơ quan ban hành',
      'date: Ngày không tồn tại trên lịch',
    ]);
  });

  it('words the same problems in English when the interface is in English', () => {
    render(
      <LanguageProvider language="en">
        <ProblemsNotice problems={[invalidFile()]} />
      </LanguageProvider>,
    );

    const notice = screen.getByRole('region', { name: 'Some data could not be read' });
    expect(problemLines(notice)).toEqual([
      'id: An id may contain only lowercase letters without diacritics, digits and hyphens',
      'issuerIds: A plan needs at least one issuing body',
      'date: This date is not on the calendar',
    ]);
    expect(within(notice).getByText('sai.plan.json')).toBeTruthy();
  });

  it('shows nothing when every item was read', () => {
    render(<ProblemsNotice problems={[]} />);
    expect(screen.queryByRole('region')).toBeNull();
  });
});
