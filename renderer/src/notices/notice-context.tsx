// Lets any component tell the user something (a failed call, a finished export) without prop drilling.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { messageOf } from '../api/api-error';

export type NoticeLevel = 'info' | 'warning' | 'error';

export interface AppNotice {
  key: string;
  level: NoticeLevel;
  message: string;
  /** Set for notices the notebook keeps (e.g. a restored backup): dismissing them tells the host. */
  notebookId?: string;
}

interface NoticeActions {
  /** Shows a failed action: "<what> failed: <host's message>". */
  reportError(what: string, error: unknown): void;
  /** Shows a short confirmation that fades by itself. */
  inform(message: string): void;
  add(notice: Omit<AppNotice, 'key'>): void;
  dismiss(key: string): void;
}

// Two contexts: the actions never change, so components that only report errors do not
// re-render each time a notice comes or goes.
const ActionsContext = createContext<NoticeActions | null>(null);
const ListContext = createContext<readonly AppNotice[]>([]);

/** How long a confirmation stays; errors stay until dismissed. */
const INFO_LIFETIME_MS = 5000;

let counter = 0;
const nextKey = () => `notice-${++counter}`;

export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<AppNotice[]>([]);

  const dismiss = useCallback((key: string) => {
    setNotices((all) => all.filter((n) => n.key !== key));
  }, []);

  const add = useCallback(
    (notice: Omit<AppNotice, 'key'>) => {
      const key = nextKey();
      setNotices((all) => {
        // The same message twice (e.g. a retried save) is one notice, not a stack.
        if (all.some((n) => n.message === notice.message && n.level === notice.level)) return all;
        return [...all, { ...notice, key }];
      });
      if (notice.level === 'info' && !notice.notebookId)
        setTimeout(() => dismiss(key), INFO_LIFETIME_MS);
    },
    [dismiss],
  );

  const actions = useMemo<NoticeActions>(
    () => ({
      add,
      dismiss,
      reportError: (what, error) =>
        add({ level: 'error', message: `${what} failed: ${messageOf(error)}` }),
      inform: (message) => add({ level: 'info', message }),
    }),
    [add, dismiss],
  );

  return (
    <ActionsContext.Provider value={actions}>
      <ListContext.Provider value={notices}>{children}</ListContext.Provider>
    </ActionsContext.Provider>
  );
}

export function useNotices(): NoticeActions {
  const actions = useContext(ActionsContext);
  if (!actions) throw new Error('useNotices must be used inside <NoticeProvider>.');
  return actions;
}

export function useNoticeList(): readonly AppNotice[] {
  return useContext(ListContext);
}
