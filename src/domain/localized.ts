/** The interface's languages: Vietnamese first, English available. */
export type Language = 'vi' | 'en';
export const LANGUAGES: readonly Language[] = ['vi', 'en'];

/** A sentence the core writes for people, in every language of the interface. */
export type Localized = Readonly<Record<Language, string>>;

/** The same sentence in every language, each said by `say` for that language. */
export function eachLanguage(say: (language: Language) => string): Localized {
  return { vi: say('vi'), en: say('en') };
}

/** The same sentence in every language, each said from that language's catalogue of phrases. */
export function inEveryLanguage<W>(
  catalogues: Readonly<Record<Language, W>>,
  say: (w: W, language: Language) => string,
): Localized {
  return eachLanguage((language) => say(catalogues[language], language));
}
