import { useLanguage, type Language } from './language';

/**
 * Every string a user sees goes through here. Each feature defines its own messages, Vietnamese and
 * English with the same keys (the type makes a missing translation a compile error):
 *
 *   const useMessages = defineMessages({
 *     vi: { save: 'Lưu', tasks: (n: number) => `${n} nhiệm vụ` },
 *     en: { save: 'Save', tasks: (n: number) => `${n} tasks` },
 *   });
 *   const m = useMessages(); m.save; m.tasks(3);
 */
export function defineMessages<T extends object>(messages: Record<Language, T>): () => T {
  return function useMessages() {
    return messages[useLanguage()];
  };
}

/** The same messages outside React (e.g. in a worker's caller or a test). */
export function messagesFor<T extends object>(messages: Record<Language, T>, language: Language): T {
  return messages[language];
}
