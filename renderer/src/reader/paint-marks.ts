// Performance marks the reader leaves after it has painted an article or a change to its
// highlights, so the UI benchmark can time them against the host's answers.

/** After the first paint of an article; detail: `{ id }`. */
export const ARTICLE_PAINTED_MARK = 'dossier:article-painted';
/** After the paint that shows the whole text of a long article; detail: `{ id }`. */
export const ARTICLE_COMPLETE_MARK = 'dossier:article-complete';
/** After the paint of a change to the placed highlights; detail: `{ id, count }`. */
export const HIGHLIGHTS_PAINTED_MARK = 'dossier:highlights-painted';

/**
 * Marks `name` once the frame holding the latest commit is on screen: a task queued from the
 * frame callback runs after that frame's paint.
 */
export function markAfterPaint(name: string, detail: Record<string, unknown>): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      performance.mark(name, { detail });
      channel.port1.close();
    };
    channel.port2.postMessage(null);
  });
}
