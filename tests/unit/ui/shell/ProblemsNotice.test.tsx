// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProblemsNotice } from '../../../../src/ui/shell/ProblemsNotice';

afterEach(cleanup);

const broken = {
  source: 'Bản ghi "x" (bảng plans)',
  problems: [{ path: 'kind', message: 'Giá trị không hợp lệ' }],
};
const other = { source: 'Tệp mẫu y.plan.json', problems: [{ path: 'id', message: 'Thiếu mã' }] };

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

  it('shows nothing when every item was read', () => {
    render(<ProblemsNotice problems={[]} />);
    expect(screen.queryByRole('region')).toBeNull();
  });
});
