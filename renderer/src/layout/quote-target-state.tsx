// Which notebook note is open to be quoted into: set by the notebook notes view, read by every
// highlight card's "Quote in note".
import { createContext, useContext, useState, type ReactNode } from 'react';
import { QuoteTargetContext, type QuoteTarget } from '../notebook-notes/quote-target';

type SetQuoteTarget = (target: QuoteTarget | null) => void;

const SetterContext = createContext<SetQuoteTarget | null>(null);

export function QuoteTargetProvider({ children }: { children: ReactNode }) {
  const [target, setTarget] = useState<QuoteTarget | null>(null);
  return (
    <SetterContext.Provider value={setTarget}>
      <QuoteTargetContext.Provider value={target}>{children}</QuoteTargetContext.Provider>
    </SetterContext.Provider>
  );
}

export function useSetQuoteTarget(): SetQuoteTarget {
  const value = useContext(SetterContext);
  if (!value) throw new Error('This view needs a QuoteTargetProvider above it.');
  return value;
}
