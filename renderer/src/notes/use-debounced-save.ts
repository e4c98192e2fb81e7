// Saves a note as the user types: debounced, in order, flushed on blur, unmount and page unload.
import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

export interface SaveOptions {
  /** The page is going away (pagehide, beforeunload): the save must outlive it. */
  unloading: boolean;
}

export type SaveNote = (value: string, options: SaveOptions) => Promise<void>;

/** Every mounted editor's flush, so an export can first wait for notes still being typed. */
const flushers = new Set<() => Promise<void>>();

/** Sends every pending note now and waits until all saves have answered. */
export async function flushAllSaves(): Promise<void> {
  await Promise.allSettled([...flushers].map((flush) => flush()));
}

export function useDebouncedSave(save: SaveNote, delayMs = 400) {
  const [status, setStatus] = useState<SaveStatus>('idle');
  const pending = useRef<string | undefined>(undefined);
  const timer = useRef<number | undefined>(undefined);
  // Saves run one after another, so an older text can never overwrite a newer one.
  const chain = useRef<Promise<void>>(Promise.resolve());
  const latestSave = useRef(save);
  const mounted = useRef(true);

  useEffect(() => {
    latestSave.current = save;
  }, [save]);

  // Sends what is pending; `unloading` marks the last chance, as the page goes away.
  const send = useCallback((unloading: boolean): Promise<void> => {
    window.clearTimeout(timer.current);
    const value = pending.current;
    if (value === undefined) return chain.current;
    pending.current = undefined;
    if (mounted.current) setStatus('saving');
    const run = chain.current.then(async () => {
      try {
        await latestSave.current(value, { unloading });
        if (mounted.current && pending.current === undefined) setStatus('saved');
      } catch {
        // The caller reports the error; the text stays in the editor so nothing is lost.
        if (mounted.current) setStatus('failed');
      }
    });
    chain.current = run;
    return run;
  }, []);
  const flush = useCallback(() => send(false), [send]);

  const schedule = useCallback(
    (value: string) => {
      pending.current = value;
      setStatus('pending');
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush],
  );

  useEffect(() => {
    mounted.current = true;
    flushers.add(flush);
    const onLeave = () => void send(true);
    window.addEventListener('beforeunload', onLeave);
    window.addEventListener('pagehide', onLeave);
    return () => {
      window.removeEventListener('beforeunload', onLeave);
      window.removeEventListener('pagehide', onLeave);
      flushers.delete(flush);
      mounted.current = false;
      // Switching articles unmounts the editor: what was typed still goes out.
      void flush();
    };
  }, [flush, send]);

  return { status, schedule, flush };
}
