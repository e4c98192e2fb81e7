// Shows what the notebook needs the user to know (e.g. a file restored from backup): asked on
// start and again whenever an article is opened, since an article's file is checked when opened.
import { useEffect, useRef } from 'react';
import { call } from '../api/client';
import { useNotices } from './notice-context';

export function useNotebookNotices(openArticleId: string | null): void {
  const { add, reportError } = useNotices();
  const shown = useRef(new Set<string>());
  useEffect(() => {
    let live = true;
    call('notices.list', {})
      .then((list) => {
        if (!live) return;
        for (const notice of list.filter((n) => !shown.current.has(n.id))) {
          shown.current.add(notice.id);
          add({
            level: notice.level,
            message: readableTimes(notice.message),
            notebookId: notice.id,
          });
        }
      })
      .catch((error: unknown) => live && reportError('Loading the notebook notices', error));
    return () => {
      live = false;
    };
  }, [add, reportError, openArticleId]);
}

const ISO_TIME = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})\b/g;

/** "the backup of 2024-06-25T09:30:00.000Z" reads better as the user's own local date and time. */
function readableTimes(message: string): string {
  return message.replace(ISO_TIME, (iso) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime())
      ? iso
      : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  });
}
