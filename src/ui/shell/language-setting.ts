import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect } from 'react';
import type { App } from '../../app';
import type { Language } from '../i18n/language';

/**
 * The interface language, kept in the settings (so every tab follows a change) and mirrored on
 * `<html lang>` for screen readers, spell-checkers and hyphenation. `initial` is what start-up read.
 */
export function useLanguageSetting(
  settings: App['settings'],
  initial: Language,
): [Language, (l: Language) => void] {
  const stored = useLiveQuery(() => settings.language(), [settings]);
  const language = stored ?? initial;
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => void settings.setLanguage(next), [settings]);
  return [language, setLanguage];
}
