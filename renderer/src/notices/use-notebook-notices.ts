// On start, shows what the notebook needs the user to know (e.g. a file restored from backup).
import { useEffect } from 'react';
import { call } from '../api/client';
import { useNotices } from './notice-context';

export function useNotebookNotices(): void {
  const { add, reportError } = useNotices();
  useEffect(() => {
    let live = true;
    call('notices.list', {})
      .then((list) => {
        if (!live) return;
        for (const notice of list)
          add({
            level: notice.level,
            message: readableTimes(notice.message),
            notebookId: notice.id,
          });
      })
      .catch((error: unknown) => live && reportError('Loading the notebook notices', error));
    return () => {
      live = false;
    };
  }, [add, reportError]);
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
