// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguageProvider } from '../../../../src/ui/i18n/language';
import { LanguageSwitch } from '../../../../src/ui/shell/LanguageSwitch';

afterEach(cleanup);

describe('LanguageSwitch', () => {
  it('marks the language in use as pressed and asks for the other one', () => {
    const onChange = vi.fn();
    render(<LanguageSwitch language="vi" onChange={onChange} />);

    const group = screen.getByRole('group', { name: 'Ngôn ngữ' });
    const vi_ = screen.getByRole('button', { name: 'Tiếng Việt' });
    const en = screen.getByRole('button', { name: 'English' });
    expect(group.contains(en)).toBe(true);
    expect(vi_.getAttribute('aria-pressed')).toBe('true');
    expect(en.getAttribute('aria-pressed')).toBe('false');
    expect(en.getAttribute('lang')).toBe('en');
    fireEvent.click(en);
    expect(onChange).toHaveBeenCalledWith('en');
  });

  it('labels the group in the interface language', () => {
    render(
      <LanguageProvider language="en">
        <LanguageSwitch language="en" onChange={() => {}} />
      </LanguageProvider>,
    );
    expect(screen.getByRole('group', { name: 'Language' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
  });
});
