/**
 * Vietnamese text folded for matching: lower case, without diacritics (đ → d, Ð typed for Đ too), without
 * markdown emphasis, whitespace collapsed. "Ban Tuyên giáo" and "BAN TUYEN GIAO" fold alike. For positions
 * back into the written text, use `prepare` in deadline-text.ts.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐÐð]/g, 'd')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
