// The export dialog over the notebook: the open article is offered as "This article".
import { ExportDialog } from '../export/export-dialog';
import { useArticleView, useLibrarySelection } from './article-view';

export function ExportView({ onClose }: { onClose: () => void }) {
  const { articles } = useLibrarySelection();
  const { article } = useArticleView();
  return (
    <ExportDialog
      article={article ? { id: article.id, title: article.title } : null}
      articles={articles ?? []}
      onClose={onClose}
    />
  );
}
