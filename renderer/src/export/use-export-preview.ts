// The Markdown of what the export will hold, fetched again (after a short pause) whenever the
// scope changes; an older answer never replaces a newer one.
import { useEffect, useState } from 'react';
import type { ExportScope } from '../../../shared/contract';
import { call } from '../api/client';
import { messageOf } from '../api/api-error';
import { flushAllSaves } from '../notes/use-debounced-save';

export type Preview =
  | { state: 'loading' }
  | { state: 'ready'; markdown: string; fileName: string }
  | { state: 'failed'; message: string }
  | { state: 'blocked'; message: string };

type Answer =
  { state: 'ready'; markdown: string; fileName: string } | { state: 'failed'; message: string };

export function useExportPreview(scope: ExportScope | null, problem: string | null): Preview {
  const [answer, setAnswer] = useState<{ key: string; answer: Answer } | null>(null);
  const key = problem || !scope ? null : JSON.stringify(scope);
  useEffect(() => {
    if (key === null) return;
    let live = true;
    const timer = setTimeout(() => {
      // A note typed a moment ago belongs in the preview as in the file.
      flushAllSaves()
        .then(() =>
          call('export.render', { format: 'markdown', ...(JSON.parse(key) as ExportScope) }),
        )
        .then(
          (file) =>
            live &&
            setAnswer({
              key,
              answer: { state: 'ready', markdown: file.data, fileName: file.fileName },
            }),
          (error: unknown) =>
            live && setAnswer({ key, answer: { state: 'failed', message: messageOf(error) } }),
        );
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key]);
  if (key === null) return { state: 'blocked', message: problem ?? 'Nothing to export.' };
  return answer?.key === key ? answer.answer : { state: 'loading' };
}
