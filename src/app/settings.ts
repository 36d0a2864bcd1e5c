import { LANGUAGES, type Language } from '../domain/localized';
import { RunActorSchema, type RunActor } from '../domain/run';
import type { SettingsRepository } from '../store';

const LANGUAGE_KEY = 'language';
const STAFF_PROFILE_KEY = 'staffProfile';
const DUE_SOON_KEY = 'dueSoonDays';

/** How many days before a deadline a task counts as "due soon" when the user has not chosen. */
export const DUE_SOON_DEFAULT = 7;
/** The range a user may choose for "due soon", in days. */
export const DUE_SOON_RANGE = { min: 1, max: 90 } as const;

/** Who the person at this browser is when they run plans: their name and the body they act for. */
export interface StaffProfile {
  name: string;
  /** A body of the shared directory (`app.directory.list()`), or null when not chosen yet. */
  bodyId: string | null;
}

function asLanguage(value: unknown): Language {
  return LANGUAGES.find((l) => l === value) ?? 'vi';
}

function asStaffProfile(value: unknown): StaffProfile | null {
  if (typeof value !== 'object' || value === null) return null;
  const { name, bodyId } = value as Record<string, unknown>;
  if (typeof name !== 'string') return null;
  return { name, bodyId: typeof bodyId === 'string' && bodyId !== '' ? bodyId : null };
}

function isDueSoonDays(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= DUE_SOON_RANGE.min &&
    value <= DUE_SOON_RANGE.max
  );
}

/** The user's settings, shared by every tab. */
export class SettingsService {
  constructor(private readonly repository: SettingsRepository) {}

  /** The interface language saved, Vietnamese when none (or an unknown one) is saved. */
  language = async (): Promise<Language> =>
    asLanguage(await this.repository.get<unknown>(LANGUAGE_KEY, 'vi'));

  setLanguage = (language: Language): Promise<void> => this.repository.set(LANGUAGE_KEY, language);

  /** The staff profile saved, or null when none (or an unreadable one) is saved. */
  staffProfile = async (): Promise<StaffProfile | null> =>
    asStaffProfile(await this.repository.get<unknown>(STAFF_PROFILE_KEY, null));

  /** Saves the profile with its name trimmed. */
  setStaffProfile = (profile: StaffProfile): Promise<void> =>
    this.repository.set(STAFF_PROFILE_KEY, { name: profile.name.trim(), bodyId: profile.bodyId });

  /** Days before a deadline that make a task "due soon"; the default when none (or an invalid one) is saved. */
  dueSoonDays = async (): Promise<number> => {
    const saved = await this.repository.get<unknown>(DUE_SOON_KEY, DUE_SOON_DEFAULT);
    return isDueSoonDays(saved) ? saved : DUE_SOON_DEFAULT;
  };

  /** Saves the days, or refuses (false, nothing saved) a value that is not a whole number in `DUE_SOON_RANGE`. */
  setDueSoonDays = async (days: number): Promise<boolean> => {
    if (!isDueSoonDays(days)) return false;
    await this.repository.set(DUE_SOON_KEY, days);
    return true;
  };

  /**
   * The staff profile as the actor of run actions: null until both a name and a body are chosen (in the
   * settings screen, or the runs screens' own profile form).
   */
  profile = async (): Promise<RunActor | null> => {
    const read = RunActorSchema.safeParse(await this.staffProfile());
    return read.success ? read.data : null;
  };

  setProfile = async (profile: RunActor): Promise<void> =>
    this.setStaffProfile(RunActorSchema.parse(profile));
}
