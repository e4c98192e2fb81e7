// Where "Quote in note" on a highlight card sends its reference: the notebook note open now.
import { createContext, useContext } from 'react';

export interface QuoteTarget {
  /** The open note's title, to name it on the button. */
  title: string;
  insert: (highlightId: string) => void;
}

export const QuoteTargetContext = createContext<QuoteTarget | null>(null);

/** The open notebook note, or null when none is open (the action is then not offered). */
export function useQuoteTarget(): QuoteTarget | null {
  return useContext(QuoteTargetContext);
}
