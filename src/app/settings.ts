import { LANGUAGES, type Language } from '../domain/localized';
import { RunActorSchema, type RunActor } from '../domain/run';
import type { SettingsRepository } from '../store';

const LANGUAGE_KEY = 'language';
/** Who acts in runs on this browser: `{ name, bodyId }` (the settings screen writes it under this key). */
const PROFILE_KEY = 'profile';

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

  /** The person acting and the body they act for; null until chosen (or when what is saved is unreadable). */
  profile = async (): Promise<RunActor | null> => {
    const read = RunActorSchema.safeParse(await this.repository.get<unknown>(PROFILE_KEY, null));
    return read.success ? read.data : null;
  };

  setProfile = async (profile: RunActor): Promise<void> =>
    this.repository.set(PROFILE_KEY, RunActorSchema.parse(profile));
}
