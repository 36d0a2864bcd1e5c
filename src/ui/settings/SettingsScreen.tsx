import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { LANGUAGES } from '../../domain/localized';
import { useApp } from '../app-context';
import { useLanguage } from '../i18n/language';
import { PageLoading } from '../shell/PageLoading';
import { LANGUAGE_NAMES } from '../shell/LanguageSwitch';
import { useDocumentTitle } from '../shell/use-document-title';
import { DueSoonForm } from './DueSoonForm';
import { useSettingsMessages } from './messages';
import { ProfileForm } from './ProfileForm';
import { ServerForm } from './ServerForm';
import './settings.css';

function LanguageChoice() {
  const m = useSettingsMessages();
  const { settings } = useApp();
  const language = useLanguage();
  const id = useId();
  return (
    <section className="card settings-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{m.languageTitle}</h2>
      <div role="group" aria-labelledby={`${id}-title`} className="settings-choice">
        {LANGUAGES.map((l) => (
          <button
            key={l}
            type="button"
            className="button"
            lang={l}
            aria-pressed={l === language}
            onClick={() => void settings.setLanguage(l)}
          >
            {LANGUAGE_NAMES[l]}
          </button>
        ))}
      </div>
    </section>
  );
}

/** The settings (`/settings`): the language, the staff profile, "due soon" days and the server. */
export default function SettingsScreen() {
  const m = useSettingsMessages();
  const app = useApp();
  const loaded = useLiveQuery(
    async () => ({
      profile: await app.settings.staffProfile(),
      dueSoon: await app.settings.dueSoonDays(),
      bodies: await app.directory.list(),
    }),
    [app],
  );
  useDocumentTitle(m.title);
  return (
    <>
      <h1 tabIndex={-1}>{m.title}</h1>
      <p className="lead">{m.lead}</p>
      <LanguageChoice />
      {loaded ? (
        <>
          <ProfileForm saved={loaded.profile} bodies={loaded.bodies} />
          <DueSoonForm saved={loaded.dueSoon} />
          <ServerForm />
        </>
      ) : (
        <PageLoading text={m.loading} />
      )}
    </>
  );
}
