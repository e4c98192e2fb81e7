// Turns a query's failure into a notice naming what was being loaded, once per failure.
import { useEffect } from 'react';
import { useNotices } from '../notices/notice-context';

export function useQueryErrorNotice(error: unknown, what: string): void {
  const { reportError } = useNotices();
  useEffect(() => {
    if (error) reportError(what, error);
  }, [error, what, reportError]);
}
