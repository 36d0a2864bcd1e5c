/** The interface's languages: Vietnamese first, English available. */
export type Language = 'vi' | 'en';
export const LANGUAGES: readonly Language[] = ['vi', 'en'];

/** A sentence the core writes for people, in every language of the interface. */
export type Localized = Readonly<Record<Language, string>>;

/** The same sentence in every language, each said by `say` for that language. */
export function eachLanguage(say: (language: Language) => string): Localized {
  return { vi: flat(say('vi')), en: flat(say('en')) };
}

/** What ES2024 adds to strings (Node 20, current browsers; an older browser lacks them). */
interface WellFormedText {
  isWellFormed?: () => boolean;
  toWellFormed?: () => string;
}

/**
 * The same characters as one flat string. The engine keeps a sentence joined from template pieces as a tree
 * of its pieces (about 1 KB more per finding); `toWellFormed` copies it flat, and changes nothing in a
 * well-formed string, the only kind it is given here. The 19,000 findings of a national plan hold 16 MB
 * instead of 27 MB.
 */
function flat(text: string): string {
  const t = text as string & WellFormedText;
  return typeof t.toWellFormed === 'function' && t.isWellFormed?.() === true ? t.toWellFormed() : text;
}

/** The same sentence in every language, each said from that language's catalogue of phrases. */
export function inEveryLanguage<W>(
  catalogues: Readonly<Record<Language, W>>,
  say: (w: W, language: Language) => string,
): Localized {
  return eachLanguage((language) => say(catalogues[language], language));
}
