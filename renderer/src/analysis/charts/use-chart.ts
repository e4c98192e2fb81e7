// An ECharts chart in a div: drawn as SVG (sharp at any size, and exported as it is drawn),
// redrawn when its option, its size or the light/dark theme changes, disposed with the view.
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { ChartColors } from '../../../../shared/chart-option';
import { echarts } from '../../../../shared/echarts-setup';

export type ChartOption = echarts.EChartsCoreOption;
export type Chart = echarts.ECharts;

function readColors(): ChartColors {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string) => css.getPropertyValue(name).trim();
  return {
    text: v('--text'),
    muted: v('--text-muted'),
    border: v('--border-strong'),
    surface: v('--surface'),
    accent: v('--accent'),
    person: v('--bar-blue'),
    organization: v('--bar-orange'),
    place: v('--bar-green'),
    low: v('--surface-sunken'),
    high: v('--accent'),
  };
}

/** The theme's colours, read again when the system switches between light and dark. */
export function useChartColors(): ChartColors {
  const [colors, setColors] = useState(readColors);
  useEffect(() => {
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const changed = () => setColors(readColors());
    query.addEventListener('change', changed);
    return () => query.removeEventListener('change', changed);
  }, []);
  return colors;
}

/** Draws `option` into the returned div; `onReady` receives the chart (for clicks and export). */
export function useChart(
  option: ChartOption | null,
  onReady?: (chart: Chart) => void,
): RefObject<HTMLDivElement | null> {
  const ref = useRef<HTMLDivElement | null>(null);
  const chart = useRef<Chart | null>(null);
  const ready = useRef(onReady);
  useEffect(() => {
    ready.current = onReady;
  });

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const instance = echarts.init(el, null, { renderer: 'svg' });
    chart.current = instance;
    ready.current?.(instance);
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (option) chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return ref;
}
