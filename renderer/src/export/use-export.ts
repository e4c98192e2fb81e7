// Exports the open article's annotated notes as Markdown and hands the file to the host to save.
import { useCallback, useState } from 'react';
import { call, saveFile } from '../api/client';
import { flushAllSaves } from '../notes/use-debounced-save';
import { useNotices } from '../notices/notice-context';

export function useExport(articleId: string | null) {
  const { reportError, inform } = useNotices();
  const [exporting, setExporting] = useState(false);

  const exportMarkdown = useCallback(async () => {
    if (!articleId) {
      inform('Open an article first: the export covers the article on screen.');
      return;
    }
    setExporting(true);
    try {
      // A note typed a moment ago must be in the file, so pending saves go first.
      await flushAllSaves();
      const file = await call('export.render', { format: 'markdown', articleIds: [articleId] });
      const result = await saveFile(file);
      if (result.saved && result.path) inform(`Exported to ${result.path}`);
    } catch (error) {
      reportError('Exporting Markdown', error);
    } finally {
      setExporting(false);
    }
  }, [articleId, inform, reportError]);

  return { exportMarkdown, exporting };
}
