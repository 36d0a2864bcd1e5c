/** The interface's languages: Vietnamese first, English available. */
export type Language = 'vi' | 'en';

/** A sentence the core writes for people, in every language of the interface. */
export type Localized = Readonly<Record<Language, string>>;

/** The same sentence in every language, each said from that language's catalogue of phrases. */
export function inEveryLanguage<W>(
  catalogues: Readonly<Record<Language, W>>,
  say: (w: W, language: Language) => string,
): Localized {
  return { vi: say(catalogues.vi, 'vi'), en: say(catalogues.en, 'en') };
}
