// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguageProvider } from '../../../../src/ui/i18n/language';
import { UpdateBanner } from '../../../../src/ui/shell/UpdateBanner';

afterEach(cleanup);

describe('UpdateBanner', () => {
  it('names itself by its sentence and offers to reload now or later', () => {
    const onReload = vi.fn();
    const onLater = vi.fn();
    render(<UpdateBanner onReload={onReload} onLater={onLater} />);

    const region = screen.getByRole('region', { name: /^Đã có phiên bản mới/ });
    expect(region.textContent).toContain('Dữ liệu đã lưu được giữ nguyên');
    fireEvent.click(screen.getByRole('button', { name: 'Tải lại' }));
    expect(onReload).toHaveBeenCalledTimes(1);
    expect(onLater).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Để sau' }));
    expect(onLater).toHaveBeenCalledTimes(1);
  });

  it('speaks English when asked', () => {
    render(
      <LanguageProvider language="en">
        <UpdateBanner onReload={() => {}} onLater={() => {}} />
      </LanguageProvider>,
    );
    expect(screen.getByRole('region', { name: /^A new version of the app is available/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Later' })).toBeTruthy();
  });
});
