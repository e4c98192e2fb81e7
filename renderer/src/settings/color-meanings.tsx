// What each highlight colour means to this analyst, loaded once and shared with every component.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { DEFAULT_COLOR_MEANINGS, HighlightColor, type ColorMeanings } from '../../../shared/model';
import { call } from '../api/client';
import { useNotices } from '../notices/notice-context';

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
  const [meanings, setMeanings] = useState<ColorMeanings>(DEFAULT_COLOR_MEANINGS);
  const { reportError } = useNotices();

  useEffect(() => {
    let live = true;
    call('settings.get', {})
      .then(
        (settings) => live && setMeanings({ ...DEFAULT_COLOR_MEANINGS, ...settings.colorMeanings }),
      )
      // The defaults still work; the analyst only loses their own words until the next start.
      .catch((error: unknown) => live && reportError('Loading the colour meanings', error));
    return () => {
      live = false;
    };
  }, [reportError]);

  const update = useCallback(async (changed: Partial<ColorMeanings>) => {
    const settings = await call('settings.update', { colorMeanings: changed });
    setMeanings({ ...DEFAULT_COLOR_MEANINGS, ...settings.colorMeanings });
  }, []);

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
