import { LANGUAGES, type Language } from '../domain/localized';
import type { SettingsRepository } from '../store';

const LANGUAGE_KEY = 'language';

function asLanguage(value: unknown): Language {
  return LANGUAGES.find((l) => l === value) ?? 'vi';
}

/** The user's settings, shared by every tab. */
export class SettingsService {
  constructor(private readonly repository: SettingsRepository) {}

  /** The interface language saved, Vietnamese when none (or an unknown one) is saved. */
  language = async (): Promise<Language> =>
    asLanguage(await this.repository.get<unknown>(LANGUAGE_KEY, 'vi'));

  setLanguage = (language: Language): Promise<void> => this.repository.set(LANGUAGE_KEY, language);
}
