// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LibraryNotices } from '../../../../src/ui/library/LibraryNotices';
import type { ShownNotice } from '../../../../src/ui/library/notices';
import { TOAST_MS } from '../../../../src/ui/library/Toast';
import { planRecord } from './records';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const removed: ShownNotice = {
  kind: 'removed',
  seq: 1,
  removed: { record: planRecord({ id: 'p', title: 'Kế hoạch A' }), versions: [] },
};

function renderNotice(notice: ShownNotice | null) {
  const props = { onUndo: vi.fn(), onClose: vi.fn() };
  const view = render(<LibraryNotices notice={notice} {...props} />);
  return { ...props, view };
}

describe('LibraryNotices', () => {
  it('announces a deletion politely and offers Undo, focused, which restores what was removed', () => {
    const { onUndo, onClose } = renderNotice(removed);

    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Đã xóa "Kế hoạch A".');
    const undo = screen.getByRole('button', { name: 'Hoàn tác' });
    expect(document.activeElement).toBe(undo);
    fireEvent.click(undo);
    expect(onUndo).toHaveBeenCalledWith(removed.removed);
    expect(onClose).toHaveBeenCalled();
  });

  it('goes away by itself after ten seconds, but not while focus is in it', () => {
    const { onClose } = renderNotice(removed);

    act(() => vi.advanceTimersByTime(TOAST_MS * 2));
    expect(onClose).not.toHaveBeenCalled();

    act(() => screen.getByRole('button', { name: 'Hoàn tác' }).blur());
    act(() => vi.advanceTimersByTime(TOAST_MS - 1));
    expect(onClose).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('shows a failure as an alert, without a timer', () => {
    const { onClose } = renderNotice({ kind: 'failed', detail: 'QuotaExceededError', seq: 2 });

    expect(screen.getByRole('alert').textContent).toContain(
      'Thao tác không thực hiện được: QuotaExceededError',
    );
    expect(screen.getByRole('status').textContent).toBe('');
    act(() => vi.advanceTimersByTime(TOAST_MS * 2));
    expect(onClose).not.toHaveBeenCalled();
  });

  it('keeps both live regions in the page when there is nothing to say', () => {
    renderNotice(null);
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.getByRole('alert').textContent).toBe('');
  });
});

describe('LibraryNotices focus', () => {
  it('hands focus to the page heading when the notice it was in goes away', () => {
    const heading = document.createElement('h1');
    heading.tabIndex = -1;
    const main = document.createElement('main');
    main.append(heading);
    document.body.append(main);
    const { view } = renderNotice(removed);
    expect(document.activeElement?.textContent).toBe('Hoàn tác');

    view.rerender(<LibraryNotices notice={null} onUndo={() => {}} onClose={() => {}} />);
    expect(document.activeElement).toBe(heading);
    main.remove();
  });
});
