import { LANGUAGES } from '../../domain/localized';
import type { Language } from '../i18n/language';
import { useShellMessages } from './messages';

/** Each language named in itself, so it can be found by someone who does not read the current one. */
export const LANGUAGE_NAMES: Record<Language, string> = { vi: 'Tiếng Việt', en: 'English' };

interface LanguageSwitchProps {
  language: Language;
  onChange: (language: Language) => void;
}

/** Two toggle buttons; the pressed one is the language in use. */
export function LanguageSwitch({ language, onChange }: LanguageSwitchProps) {
  const m = useShellMessages();
  return (
    <div className="language-switch" role="group" aria-label={m.language}>
      {LANGUAGES.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={l === language} onClick={() => onChange(l)}>
          {LANGUAGE_NAMES[l]}
        </button>
      ))}
    </div>
  );
}
