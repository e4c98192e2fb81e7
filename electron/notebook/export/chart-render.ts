// A chart drawn in the host, for a file or a brief: ECharts' server-side SVG (the same option
// as the Charts view, in the light theme), and a PNG rasterised from it by resvg with the Noto
// fonts the PDF export embeds.
import { Resvg } from '@resvg/resvg-js';
import { chartOption, PRINT_COLORS } from '../../../shared/chart-option';
import { CHART_TITLES, type ChartData } from '../../../shared/charts';
import { echarts } from '../../../shared/echarts-setup';
import { FONT_FILES } from './pdf-fonts';

export const CHART_WIDTH = 900;

export interface DrawnChart {
  title: string;
  width: number;
  height: number;
  svg: string;
  /** The PNG at twice the size (sharp in print), made when asked for. */
  png(): Uint8Array;
}

/** How tall a chart is drawn: enough rows for every bar or source. */
function heightOf(data: ChartData): number {
  switch (data.kind) {
    case 'tags':
      return Math.max(200, 60 + 26 * data.tags.length);
    case 'sources':
      return Math.max(200, 90 + 30 * data.outlets.length);
    case 'tag-matrix':
      return Math.max(300, 160 + 36 * data.tags.length);
    case 'timeline':
      return Math.max(220, 90 + 34 * data.sources.length);
    case 'highlights-time':
      return 360;
    case 'entities':
      return 560;
  }
}

export function renderChart(data: ChartData): DrawnChart {
  const width = CHART_WIDTH;
  const height = heightOf(data);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({ ...chartOption(data, PRINT_COLORS), backgroundColor: '#ffffff' });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return {
    title: CHART_TITLES[data.kind],
    width,
    height,
    svg,
    png: () =>
      new Resvg(svg, {
        fitTo: { mode: 'width', value: width * 2 },
        font: {
          fontFiles: [FONT_FILES.sans, FONT_FILES['sans-bold']],
          loadSystemFonts: false,
          defaultFontFamily: 'Noto Sans',
          sansSerifFamily: 'Noto Sans',
        },
      })
        .render()
        .asPng(),
  };
}
