import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutMarkup } from '../../../src/ui/editor/canvas/task-nodes';

describe('the text a task card shows', () => {
  it('drops the bold marks documents carry, keeping every word', () => {
    expect(withoutMarkup('**Dự kiến tháng 3/2024.**')).toBe('Dự kiến tháng 3/2024.');
    expect(withoutMarkup('Từ 14h00, ngày **11/02/2026** (thứ Tư)')).toBe(
      'Từ 14h00, ngày 11/02/2026 (thứ Tư)',
    );
  });

  it('never shows "**", and leaves text without it as written', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('*', 'a', ' ', 'ư') }), (text) => {
        expect(withoutMarkup(text)).not.toContain('**');
        if (!text.includes('**')) expect(withoutMarkup(text)).toBe(text.trim());
      }),
    );
  });
});
