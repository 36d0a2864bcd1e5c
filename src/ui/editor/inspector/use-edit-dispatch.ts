import { useCallback, useEffect, useRef, useState } from 'react';
import type { Plan } from '../../../domain/plan';
import type { EditError, EditResult, PlanCommand } from '../../../domain/plan-edit';
import { useLanguage, type Language } from '../../i18n/language';
import { defineMessages } from '../../i18n/messages';
import { bodyLabel } from './body-options';

const useEditErrorMessages = defineMessages({
  vi: {
    cycle: (path: string) => `Không thể nối: tạo vòng phụ thuộc ${path}`,
    inUse: (name: string, tasks: string) => `${name} đang được dùng ở nhiệm vụ ${tasks}`,
    unknownTask: (id: string) => `Không tìm thấy nhiệm vụ ${id}`,
    duplicateId: (id: string) => `Mã "${id}" đã được dùng trong kế hoạch`,
    invalid: (problems: string) => `Thay đổi không hợp lệ: ${problems}`,
  },
  en: {
    cycle: (path: string) => `Cannot connect: it would make a dependency cycle ${path}`,
    inUse: (name: string, tasks: string) => `${name} is used by task ${tasks}`,
    unknownTask: (id: string) => `No task ${id}`,
    duplicateId: (id: string) => `The id "${id}" is already used in the plan`,
    invalid: (problems: string) => `Invalid change: ${problems}`,
  },
});

type EditErrorMessages = ReturnType<typeof useEditErrorMessages>;

/** A refused edit in the user's words, naming tasks by their printed codes and bodies by their names. */
export function describeEditError(
  error: EditError,
  plan: Plan,
  m: EditErrorMessages,
  language: Language,
): string {
  const code = (id: string) => plan.tasks.find((t) => t.id === id)?.code ?? id;
  switch (error.code) {
    case 'cycle':
      return m.cycle(error.path.map(code).join(' → '));
    case 'in-use':
      return m.inUse(bodyLabel(plan, error.id), error.taskIds.map(code).join(', '));
    case 'unknown-task':
      return m.unknownTask(error.id);
    case 'duplicate-id':
      return m.duplicateId(error.id);
    case 'invalid':
      return m.invalid(error.problems.map((p) => p[language]).join('; '));
  }
}

export type Dispatch = (command: PlanCommand) => boolean;

/** Sends commands to the editor and keeps the last refusal, worded, until the next command succeeds. */
export function useEditDispatch(
  plan: Plan,
  onCommand: (command: PlanCommand) => EditResult,
): { dispatch: Dispatch; error: string | null } {
  const m = useEditErrorMessages();
  const language = useLanguage();
  const [error, setError] = useState<string | null>(null);
  const latest = useRef({ plan, onCommand, m, language });
  useEffect(() => {
    latest.current = { plan, onCommand, m, language };
  });
  /** Stable across renders, so memoised rows (one per body, per group) do not re-render on every edit. */
  const dispatch = useCallback((command: PlanCommand) => {
    const { plan: current, onCommand: send, m: words, language: inLanguage } = latest.current;
    const result = send(command);
    setError(result.ok ? null : describeEditError(result.error, current, words, inLanguage));
    return result.ok;
  }, []);
  return { dispatch, error };
}
