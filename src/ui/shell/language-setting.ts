import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect } from 'react';
import { SettingsRepository, type RolloutDatabase } from '../../store';
import { LANGUAGES, type Language } from '../i18n/language';

const LANGUAGE_KEY = 'language';

function asLanguage(value: unknown): Language {
  return LANGUAGES.find((l) => l === value) ?? 'vi';
}

/** The language saved in the settings, Vietnamese when none (or an unknown one) is saved. */
export async function readLanguage(db: RolloutDatabase): Promise<Language> {
  return asLanguage(await new SettingsRepository(db).get<unknown>(LANGUAGE_KEY, 'vi'));
}

/**
 * The interface language, kept in the settings (so every tab follows a change) and mirrored on
 * `<html lang>` for screen readers, spell-checkers and hyphenation. `initial` is what start-up read.
 */
export function useLanguageSetting(
  db: RolloutDatabase,
  initial: Language,
): [Language, (l: Language) => void] {
  const stored = useLiveQuery(() => readLanguage(db), [db]);
  const language = stored ?? initial;
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback(
    (next: Language) => void new SettingsRepository(db).set(LANGUAGE_KEY, next),
    [db],
  );
  return [language, setLanguage];
}
