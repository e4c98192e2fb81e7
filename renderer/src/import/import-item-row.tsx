// One source in the import panel: its name, what happened to it, and (once in the library) a
// way to open its article.
import type { ImportItem } from './import-run';
import { statusText } from './import-run';

interface Props {
  item: ImportItem;
  onOpen: (articleId: string) => void;
  showMessage: boolean;
}

export function ImportItemRow({ item, onOpen, showMessage }: Props) {
  const { articleId } = item;
  return (
    <li className={`import-item import-item--${item.status}`} data-status={item.status}>
      <span className="import-item__icon" aria-hidden="true" />
      <span className="import-item__body">
        {articleId ? (
          <button
            type="button"
            className="import-item__name import-item__name--link"
            title={item.title ? `Open “${item.title}”` : 'Open the article'}
            onClick={() => onOpen(articleId)}
          >
            {item.label}
          </button>
        ) : (
          <span className="import-item__name" title={item.label}>
            {item.label}
          </span>
        )}
        {showMessage && item.message && (
          <span className="import-item__message">{item.message}</span>
        )}
      </span>
      <span className="import-item__status">{statusText(item)}</span>
    </li>
  );
}
