import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eachLanguage } from '../../../src/domain/localized';

describe('a sentence in every language', () => {
  it('keeps every character said, lone surrogates and pieces joined from templates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), fc.string({ maxLength: 20 }), (a, b) => {
        const said = eachLanguage((language) => (language === 'vi' ? `${a} – ${b}` : `${b}${a}`));
        expect(said.vi).toBe(`${a} – ${b}`);
        expect(said.en).toBe(`${b}${a}`);
      }),
    );
  });
});
