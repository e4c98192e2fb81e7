// What each highlight colour means to this analyst, from the cached settings, shared with every
// component.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { DEFAULT_COLOR_MEANINGS, HighlightColor, type ColorMeanings } from '../../../shared/model';
import { call } from '../api/client';
import { quotationsKey, settingsKey, settingsQuery } from '../api/queries';
import { useQueryErrorNotice } from '../api/use-query-error';

export const COLORS = HighlightColor.options;

interface MeaningsContext {
  meanings: ColorMeanings;
  /** Saves some colours' meanings; resolves when the notebook has them. */
  update: (changed: Partial<ColorMeanings>) => Promise<void>;
}

const Context = createContext<MeaningsContext>({
  meanings: DEFAULT_COLOR_MEANINGS,
  update: async () => {},
});

export function ColorMeaningsProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const { data, error } = useQuery(settingsQuery());
  // The defaults still work; the analyst only loses their own words until the next start.
  useQueryErrorNotice(error, 'Loading the colour meanings');
  const saved = data?.colorMeanings;
  const meanings = useMemo(() => ({ ...DEFAULT_COLOR_MEANINGS, ...saved }), [saved]);

  const update = useCallback(
    async (changed: Partial<ColorMeanings>) => {
      const settings = await call('settings.update', { colorMeanings: changed });
      queryClient.setQueryData(settingsKey, settings);
      // The quotations table names each colour's meaning.
      void queryClient.invalidateQueries({ queryKey: quotationsKey });
    },
    [queryClient],
  );

  const value = useMemo(() => ({ meanings, update }), [meanings, update]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useColorMeanings(): MeaningsContext {
  return useContext(Context);
}

/** "Yellow" for `yellow`: the colour's own name, for labels beside its meaning. */
export function colorName(color: HighlightColor): string {
  return color[0]!.toUpperCase() + color.slice(1);
}
