// The find bar's state: its words (a query in the search language), the matches the host finds
// for them in the open article, which one is current, and the keys that open it and step
// through the matches. A find request (a search hit opened) opens it at its match.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { TextRange } from '../../../shared/search';
import { ApiError } from '../api/api-error';
import { call } from '../api/client';
import { searchKey } from '../api/queries';
import type { FindRequest } from './find-request';

/** Long enough to skip the searches between keystrokes, short enough to feel immediate. */
const TYPING_PAUSE_MS = 150;
const NO_MATCHES: readonly TextRange[] = [];

/** Requests already opened, so a reader opened again later does not jump back to an old one. */
const handled = new WeakSet<FindRequest>();

/** Whether this request is still to be carried out (the reader then skips its scroll memory). */
export const isNewFindRequest = (request: FindRequest | null | undefined): boolean =>
  !!request && !handled.has(request);

/** Finds the matches of a query in an article; by default the host's `search.matches`. */
export type MatchFinder = (articleId: string, query: string) => Promise<readonly TextRange[]>;

const hostMatches: MatchFinder = async (articleId, query) =>
  (await call('search.matches', { articleId, query })).matches;

export interface Find {
  open: boolean;
  /** The words in the box. */
  text: string;
  setText: (text: string) => void;
  /** The matches of the words searched for, in text order. */
  matches: readonly TextRange[];
  /** Index of the current match, -1 when there is none. */
  current: number;
  /** Changes whenever the current match should be scrolled to. */
  reveal: number;
  /** True while the words typed have not been answered yet. */
  pending: boolean;
  /** Why the words could not be searched (a malformed query), for the bar to show. */
  problem: string | null;
  show: () => void;
  close: () => void;
  /** Moves to the next (1) or previous (-1) match, wrapping; searches at once if typing. */
  step: (by: 1 | -1) => void;
}

interface Options {
  articleId: string;
  /** Changes when the article's text does, so matches are found again in the new text. */
  textVersion: string;
  request?: FindRequest | null;
  finder?: MatchFinder;
  /** The bar's text box, given the keyboard when the bar opens. */
  inputRef: RefObject<HTMLInputElement | null>;
}

export function useFind({
  articleId,
  textVersion,
  request,
  finder = hostMatches,
  inputRef,
}: Options): Find {
  const [open, setOpen] = useState(false);
  const [text, setTextNow] = useState('');
  const [query, setQuery] = useState('');
  // The current match is the first one starting at or after `from`: it stays on the same words
  // when the matches are found again, and a request's `start` picks its match.
  const [from, setFrom] = useState(0);
  const [steps, setSteps] = useState(0);
  const [focusAsked, setFocusAsked] = useState(0);
  const timer = useRef<number | undefined>(undefined);

  const setText = useCallback((next: string) => {
    setTextNow(next);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setQuery(next.trim()), TYPING_PAUSE_MS);
  }, []);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const answer = useQuery({
    queryKey: [...searchKey, 'matches', articleId, textVersion, query],
    queryFn: () => finder(articleId, query),
    enabled: open && query !== '',
    placeholderData: keepPreviousData,
    // A query the host refused stays refused until its words change.
    retry: false,
  });
  const asked = open && query !== '';
  // While new words are searched, the marks of the last ones stay (as a browser's find keeps them).
  const matches = asked && answer.data ? answer.data : NO_MATCHES;
  const current = matches.length === 0 ? -1 : firstFrom(matches, from);

  // A step, and a new answer (as a browser's find does while typing), bring the current match
  // into view. Counted while rendering: an answer found again unchanged keeps its identity.
  const newAnswer = asked && answer.isSuccess && !answer.isPlaceholderData ? answer.data : null;
  const [seenAnswer, setSeenAnswer] = useState<readonly TextRange[] | null>(null);
  if (newAnswer && newAnswer !== seenAnswer) {
    setSeenAnswer(newAnswer);
    setSteps((n) => n + 1);
  }

  // The box takes the keyboard once the render that shows it is in the page.
  useEffect(() => {
    if (focusAsked === 0) return;
    inputRef.current?.focus({ preventScroll: true });
    inputRef.current?.select();
  }, [focusAsked, inputRef]);

  const show = useCallback(() => {
    setOpen(true);
    setFocusAsked((n) => n + 1);
  }, []);

  const close = useCallback(() => {
    setOpen(false);
    if (inputRef.current && document.activeElement === inputRef.current) inputRef.current.blur();
  }, [inputRef]);

  const latest = useRef({ text, query, matches, current });
  useEffect(() => {
    latest.current = { text, query, matches, current };
  });
  const step = useCallback((by: 1 | -1) => {
    const { text, query, matches, current } = latest.current;
    if (text.trim() !== query) {
      // Enter typed before the pause: search these words now, from the top.
      window.clearTimeout(timer.current);
      setQuery(text.trim());
      setFrom(0);
      return;
    }
    if (matches.length === 0) return;
    const next = (current + by + matches.length) % matches.length;
    setFrom(matches[next]!.start);
    setSteps((n) => n + 1);
  }, []);

  // A search hit opened here: its words, at its match (state set while rendering, as React
  // advises for state that follows a prop). Carried out once, even if the reader opens again.
  const [seenRequest, setSeenRequest] = useState<FindRequest | null>(null);
  if (request && request !== seenRequest) {
    setSeenRequest(request);
    if (!handled.has(request)) {
      setTextNow(request.query);
      setQuery(request.query.trim());
      setFrom(request.start ?? 0);
      setSteps((n) => n + 1);
      setOpen(true);
      setFocusAsked((n) => n + 1);
    }
  }
  useEffect(() => {
    if (request) handled.add(request);
  }, [request]);

  useFindKeys(open, show, step);

  const problem = useMemo(() => problemOf(answer.error, asked), [answer.error, asked]);
  return {
    open,
    text,
    setText,
    matches,
    current,
    reveal: steps,
    pending: open && text.trim() !== '' && (text.trim() !== query || answer.isFetching),
    problem,
    show,
    close,
    step,
  };
}

/** Index of the first match starting at or after `offset`; wraps to the first. */
function firstFrom(matches: readonly TextRange[], offset: number): number {
  const at = matches.findIndex((m) => m.start >= offset);
  return at === -1 ? 0 : at;
}

function problemOf(error: unknown, asked: boolean): string | null {
  if (!asked || !error) return null;
  if (error instanceof ApiError && error.code === 'INVALID_INPUT') return error.message;
  return `The article could not be searched: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * Ctrl/Cmd+F opens the bar from anywhere in the window (instead of the browser's own find);
 * F3 and Ctrl/Cmd+G step to the next match, with Shift to the previous one.
 */
function useFindKeys(open: boolean, show: () => void, step: (by: 1 | -1) => void) {
  const latest = useRef({ open, show, step });
  useEffect(() => {
    latest.current = { open, show, step };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      // A dialog keeps the keyboard to itself.
      if (target?.closest('[role="dialog"]')) return;
      const { open, show, step } = latest.current;
      const command = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (command && !event.shiftKey && key === 'f') {
        event.preventDefault();
        show();
      } else if (event.key === 'F3' || (command && key === 'g')) {
        event.preventDefault();
        if (open) step(event.shiftKey ? -1 : 1);
        else show();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
