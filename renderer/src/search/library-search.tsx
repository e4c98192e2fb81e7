// The search box wired into the window: a source, quote or article note opens its article at
// the match with every match marked (a quote also becomes the current highlight); a notebook
// note opens in the Notebook notes tab.
import type { SearchHit } from '../../../shared/search';
import { useOpenArticle } from '../layout/article-view';
import { requestNote } from '../notebook-notes/note-request';
import { SearchBox } from './search-box';

let nonce = 0;

export function LibrarySearch() {
  const openArticle = useOpenArticle();
  const onOpen = (hit: SearchHit, query: string) => {
    if (hit.kind === 'notebookNote') {
      if (hit.noteId) requestNote(hit.noteId);
      return;
    }
    if (!hit.articleId) return;
    // An article note's match is in the note, not the text: the reader still marks the words
    // wherever the text has them, from the top.
    const start = hit.kind === 'articleNote' ? undefined : hit.start;
    openArticle(hit.articleId, {
      highlightId: hit.kind === 'highlight' ? hit.highlightId : undefined,
      find: { query, start, nonce: ++nonce },
    });
  };
  return <SearchBox onOpen={onOpen} />;
}
