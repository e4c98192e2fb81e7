// Shows every pending notice with a dismiss button; errors are announced to screen readers at once.
import { call } from '../api/client';
import { useNoticeList, useNotices, type AppNotice } from './notice-context';

export function NoticeArea() {
  const notices = useNoticeList();
  const { dismiss, reportError } = useNotices();

  const close = (notice: AppNotice) => {
    dismiss(notice.key);
    // The notebook keeps its own notices until told they were read.
    if (notice.notebookId) {
      call('notices.dismiss', { id: notice.notebookId }).catch((error: unknown) =>
        reportError('Dismissing the notice', error),
      );
    }
  };

  if (notices.length === 0) return null;
  return (
    <div className="notice-area" aria-label="Notices">
      {notices.map((notice) => (
        <div
          key={notice.key}
          className={`notice notice--${notice.level}`}
          role={notice.level === 'info' ? 'status' : 'alert'}
        >
          <span className="notice__icon" aria-hidden="true">
            {notice.level === 'info' ? 'ℹ' : '!'}
          </span>
          <p className="notice__message">{notice.message}</p>
          <button
            type="button"
            className="notice__dismiss"
            onClick={() => close(notice)}
            aria-label="Dismiss"
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
