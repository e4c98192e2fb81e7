// The note on the whole article (thesis, reliability of the source, follow-ups), in Markdown.
import { useCallback } from 'react';
import type { ArticleDetail } from '../../../shared/model';
import { call } from '../api/client';
import { useNotices } from '../notices/notice-context';
import { MarkdownNote } from './markdown-note';
import type { SaveOptions } from './use-debounced-save';

export function ArticleNoteEditor({ article }: { article: Pick<ArticleDetail, 'id' | 'note'> }) {
  const { reportError } = useNotices();
  const { id } = article;
  const save = useCallback(
    async (body: string, { unloading }: SaveOptions) => {
      try {
        await call('articles.setNote', { id, body }, { unloading });
      } catch (error) {
        reportError('Saving the article note', error);
        throw error;
      }
    },
    [id, reportError],
  );
  return (
    // Not a labelled region: "Article note" names the text box alone, so it is found unambiguously.
    <div className="article-note">
      <h3 className="section-label">Article note</h3>
      <MarkdownNote
        label="Article note"
        initial={article.note.body}
        placeholder="What this source says, how far to trust it (Markdown)…"
        onSave={save}
      />
    </div>
  );
}
