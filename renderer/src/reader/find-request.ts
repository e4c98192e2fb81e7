// A request to find words in the open article: from the find bar, or from a search hit opened
// at its match (the reader marks every match and shows the one at `start` first).
export interface FindRequest {
  /** In the search query language (words, "phrases", prefix*). */
  query: string;
  /** UTF-16 offset in the article text of the match to show first. */
  start?: number;
  /** A new request for the same words still moves to its match. */
  nonce: number;
}
