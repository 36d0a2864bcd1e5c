import { createContext, useContext, useSyncExternalStore } from 'react';
import type { EditorState, EditorStore } from '../../app';

const EditorContext = createContext<EditorStore | null>(null);

/** Gives the editor's components the store of the plan being edited. */
export const EditorProvider = EditorContext.Provider;

export function useEditorStore(): EditorStore {
  const store = useContext(EditorContext);
  if (!store) throw new Error('useEditorStore outside <EditorProvider>');
  return store;
}

/**
 * A narrow slice of the editor's state; the component re-renders only when that slice changes. The
 * selector must return a part of the state (or a primitive), not a new object.
 */
export function useEditor<T>(selector: (state: EditorState) => T): T {
  const store = useEditorStore();
  return useSyncExternalStore(store.subscribe, () => selector(store.getState()));
}

export const selectPlan = (s: EditorState) => s.history.present;
