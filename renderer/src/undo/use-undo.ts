// The session's undo history for the app: Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z and Ctrl+Y, and the buttons' state.
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { call } from '../api/client';
import { useNotices } from '../notices/notice-context';
import { messageOf } from '../api/api-error';
import { CannotUndo, CommandStack, StepFailed, type Command } from './command-stack';
import type { HighlightCalls } from './highlight-commands';

/** The real notebook calls behind undo and redo. */
export const highlightCalls: HighlightCalls = {
  remove: async (id) => void (await call('highlights.delete', { id })),
  restore: async (highlight, replace) =>
    void (await call('highlights.restore', replace ? { highlight, replace } : { highlight })),
  update: async (id, change) => void (await call('highlights.update', { id, ...change })),
};

export interface Undo {
  record: (command: Command) => void;
  undo: () => void;
  redo: () => void;
  undoLabel: string | null;
  redoLabel: string | null;
  busy: boolean;
}

/** `onApplied` runs after each undo or redo (and after one that failed), to show the notebook as it is. */
export function useUndo(onApplied: () => void): Undo {
  const [stack] = useState(() => new CommandStack());
  const state = useSyncExternalStore(stack.subscribe, stack.getState);
  const { add } = useNotices();

  const run = useCallback(
    async (how: 'undo' | 'redo') => {
      try {
        if (await stack[how]()) onApplied();
      } catch (error) {
        add({ level: 'error', message: failedStepMessage(how, error) });
        onApplied();
      }
    },
    [stack, onApplied, add],
  );
  const undo = useCallback(() => void run('undo'), [run]);
  const redo = useCallback(() => void run('redo'), [run]);
  const record = useCallback((command: Command) => stack.push(command), [stack]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const how = undoKey(event);
      // In a text box the browser's own text undo applies.
      if (!how || isTyping(event.target)) return;
      event.preventDefault();
      if (how === 'undo') undo();
      else redo();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  return { record, undo, redo, ...state };
}

/** Says which step could not be undone or redone and why; the step stays in the history. */
export function failedStepMessage(how: 'undo' | 'redo', error: unknown): string {
  if (error instanceof CannotUndo) {
    return `The ${error.label} cannot be undone: ${error.why} Nothing was changed, and changes made before it can no longer be undone.`;
  }
  if (!(error instanceof StepFailed))
    return `${how === 'undo' ? 'Undo' : 'Redo'} failed: ${messageOf(error)}`;
  const why = messageOf(error.cause)
    .trim()
    .replace(/([^.!?])$/, '$1.');
  return `Could not ${how} “${error.label}”: ${why} The step is kept; ${how} again to retry.`;
}

function undoKey(event: KeyboardEvent): 'undo' | 'redo' | null {
  const mod = event.ctrlKey || event.metaKey;
  if (!mod || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo';
  return null;
}

/** True when the key went to something the user types into. */
export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}
