// The browser host's access token: taken once from `#token=…`, kept for reloads, then hidden.
const STORAGE_KEY = 'dossier.token';

let cached: string | null | undefined;

/**
 * Reads the token from the address (first visit) or sessionStorage (reloads). The hash is
 * removed so the token does not linger in the address bar, history or screenshots.
 */
export function accessToken(): string | null {
  if (cached !== undefined) return cached;
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  if (fromHash) {
    sessionStorage.setItem(STORAGE_KEY, fromHash);
    history.replaceState(history.state, '', location.pathname + location.search);
  }
  cached = fromHash ?? sessionStorage.getItem(STORAGE_KEY);
  return cached;
}
