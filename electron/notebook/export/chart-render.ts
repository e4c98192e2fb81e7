// A chart drawn in the host, for a file or a brief: ECharts' server-side SVG (the same option
// as the Charts view, in the light theme), and a PNG rasterised from it by resvg with the Noto
// fonts the PDF export embeds.
import { Resvg } from '@resvg/resvg-js';
import { chartHeight, chartOption, PRINT_COLORS } from '../../../shared/chart-option';
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

export function renderChart(data: ChartData): DrawnChart {
  const width = CHART_WIDTH;
  const height = chartHeight(data);
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
