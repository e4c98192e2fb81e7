// The renderer's one query cache. Server state changes only through Dossier's own calls and the
// host's events, and each of those invalidates what it touched, so nothing refetches on a timer.
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-error';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Fresh until invalidated: a change is always followed by an invalidation, never guessed.
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        // The host is local: a refusal is a reason to tell the user, not to try three more times.
        // A read that never reached it (a dropped connection) is asked once more.
        retry: (failures, error) =>
          failures < 1 && error instanceof ApiError && error.code === 'UNREACHABLE',
      },
      mutations: { retry: false },
    },
  });
}
