// The ACH matrices as server state: the list, one matrix, and changes whose answer (the whole
// matrix, scored) goes straight into the cache.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AchMatrix } from '../../../../shared/ach';
import type { Input } from '../../../../shared/contract';
import { achKey } from '../../api/queries';
import { call } from '../../api/client';
import { useNotices } from '../../notices/notice-context';

const listKey = [...achKey, 'list'] as const;
const matrixKey = (id: string) => [...achKey, 'matrix', id] as const;

export function useAchList() {
  return useQuery({ queryKey: listKey, queryFn: () => call('ach.list', {}) });
}

export function useAchMatrix(id: string | null) {
  return useQuery({
    queryKey: matrixKey(id ?? ''),
    queryFn: () => call('ach.get', { id: id! }),
    enabled: id !== null,
  });
}

type Change =
  { op: 'ach.update'; input: Input<'ach.update'> } | { op: 'ach.rate'; input: Input<'ach.rate'> };

/** Changes a matrix; the answer replaces the cached matrix, the list is fetched again. */
export function useAchChange(what: string) {
  const queryClient = useQueryClient();
  const { reportError } = useNotices();
  return useMutation({
    mutationFn: (change: Change): Promise<AchMatrix> =>
      change.op === 'ach.update'
        ? call('ach.update', change.input)
        : call('ach.rate', change.input),
    onSuccess: (matrix) => {
      queryClient.setQueryData(matrixKey(matrix.id), matrix);
      void queryClient.invalidateQueries({ queryKey: listKey });
    },
    onError: (error) => reportError(what, error),
  });
}

export function useAchCreate() {
  const queryClient = useQueryClient();
  const { reportError } = useNotices();
  return useMutation({
    mutationFn: (question: string) => call('ach.create', { question }),
    onSuccess: (matrix) => {
      queryClient.setQueryData(matrixKey(matrix.id), matrix);
      void queryClient.invalidateQueries({ queryKey: listKey });
    },
    onError: (error) => reportError('Starting the matrix', error),
  });
}

export function useAchDelete() {
  const queryClient = useQueryClient();
  const { reportError } = useNotices();
  return useMutation({
    mutationFn: (id: string) => call('ach.delete', { id }),
    onSuccess: ({ id }) => {
      queryClient.removeQueries({ queryKey: matrixKey(id) });
      void queryClient.invalidateQueries({ queryKey: listKey });
    },
    onError: (error) => reportError('Deleting the matrix', error),
  });
}
