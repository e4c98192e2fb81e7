// Turns one PDF page's positioned text runs into lines in reading order: runs on one
// baseline form a line, and a page split by an empty vertical gutter reads column by column.

/** A run of text as PDF.js places it, in page units with y growing downward (baseline). */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  rtl: boolean;
  /** Set in a fixed-pitch font: code, which never runs on into prose. */
  mono: boolean;
}

export interface PageText {
  width: number;
  height: number;
  runs: TextRun[];
}

export interface Line {
  text: string;
  page: number;
  /** 0 for a single-column page or a line spanning the columns; 1 left, 2 right. */
  column: 0 | 1 | 2;
  x0: number;
  x1: number;
  y: number;
  size: number;
  mono: boolean;
}

export function pageLines(page: PageText, pageIndex: number): Line[] {
  const runs = page.runs.filter((r) => r.text.trim() !== '' && r.size > 0);
  const gutter = findGutter(runs, page.width);
  const column = (r: TextRun): 0 | 1 | 2 => {
    if (!gutter) return 0;
    const slack = r.size * 0.2;
    if (r.x + r.width <= gutter.from + slack) return 1;
    if (r.x >= gutter.to - slack) return 2;
    return 0;
  };
  const groups: [TextRun[], TextRun[], TextRun[]] = [[], [], []];
  for (const run of runs) groups[column(run)].push(run);
  const lines = groups.map((group, col) =>
    groupIntoLines(group).map((line) => toLine(line, pageIndex, col as 0 | 1 | 2)),
  );
  return gutter ? readColumns(lines[0]!, lines[1]!, lines[2]!) : lines[0]!;
}

/**
 * The widest vertical strip near the middle of the page that almost no run crosses, with
 * text on both sides at the same heights: the gutter of a two-column layout. Runs that do
 * cross it (a title, a running header) are few compared with the lines of each column.
 */
function findGutter(runs: TextRun[], width: number): { from: number; to: number } | null {
  if (runs.length < 6 || width <= 0) return null;
  const bin = 2;
  const bins = Math.ceil(width / bin) + 1;
  const cover = new Array<number>(bins).fill(0);
  for (const r of runs) {
    const a = Math.max(0, Math.floor(r.x / bin));
    const b = Math.min(bins - 1, Math.ceil((r.x + r.width) / bin));
    for (let i = a; i <= b; i++) cover[i]!++;
  }
  const peak = Math.max(...cover);
  const quiet = Math.max(1, peak * 0.1);
  const sizes = runs.map((r) => r.size).sort((p, q) => p - q);
  const minWidth = Math.max(6, sizes[Math.floor(sizes.length / 2)]! * 0.8);
  let best: { from: number; to: number } | null = null;
  let start = -1;
  for (let i = Math.floor((width * 0.25) / bin); i <= Math.ceil((width * 0.75) / bin) + 1; i++) {
    const open = i < bins && cover[i]! <= quiet;
    if (open && start < 0) start = i;
    if (!open && start >= 0) {
      const from = start * bin;
      const to = i * bin;
      if (to - from >= minWidth && (!best || to - from > best.to - best.from)) best = { from, to };
      start = -1;
    }
  }
  if (!best) return null;
  const { from, to } = best;
  const left = runs.filter((r) => r.x + r.width <= from + r.size * 0.2);
  const right = runs.filter((r) => r.x >= to - r.size * 0.2);
  const rows = (side: TextRun[]) => new Set(side.map((r) => Math.round(r.y))).size;
  if (rows(left) < 3 || rows(right) < 3) return null;
  // Side-by-side columns share heights; a caption beside a figure does not.
  const span = (side: TextRun[]) => [
    Math.min(...side.map((r) => r.y)),
    Math.max(...side.map((r) => r.y)),
  ];
  const [lt, lb] = span(left);
  const [rt, rb] = span(right);
  const overlap = Math.min(lb!, rb!) - Math.max(lt!, rt!);
  if (overlap < 0.3 * Math.min(lb! - lt!, rb! - rt!)) return null;
  // Columns of prose (or of an index) mostly fill their width; a two-column table of short
  // cells does not, and must keep its rows together.
  if (!fillsWidth(left) || !fillsWidth(right)) return null;
  return best;
}

function fillsWidth(side: TextRun[]): boolean {
  const rows = new Map<number, { x0: number; x1: number }>();
  for (const r of side) {
    const key = Math.round(r.y / 2);
    const row = rows.get(key);
    rows.set(key, {
      x0: Math.min(row?.x0 ?? r.x, r.x),
      x1: Math.max(row?.x1 ?? r.x + r.width, r.x + r.width),
    });
  }
  const extents = [...rows.values()].map((r) => r.x1 - r.x0).sort((a, b) => a - b);
  const span = Math.max(...side.map((r) => r.x + r.width)) - Math.min(...side.map((r) => r.x));
  return extents[Math.floor(extents.length * 0.75)]! >= 0.6 * span;
}

/** Clusters runs whose baselines agree within a fraction of their size (superscripts included). */
function groupIntoLines(runs: TextRun[]): TextRun[][] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: { y: number; size: number; runs: TextRun[] }[] = [];
  for (const run of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(run.y - last.y) <= 0.45 * Math.max(run.size, last.size)) {
      last.runs.push(run);
      // The line's baseline is that of its largest text, not of a raised footnote mark.
      if (run.size > last.size) Object.assign(last, { y: run.y, size: run.size });
    } else {
      lines.push({ y: run.y, size: run.size, runs: [run] });
    }
  }
  return lines.map((l) => l.runs);
}

function toLine(runs: TextRun[], page: number, column: 0 | 1 | 2): Line {
  const chars = (rs: TextRun[]) => rs.reduce((n, r) => n + r.text.length, 0);
  const rtl = chars(runs.filter((r) => r.rtl)) > chars(runs) / 2;
  const ordered = [...runs].sort((a, b) => (rtl ? b.x - a.x : a.x - b.x));
  let text = '';
  let prev: TextRun | null = null;
  for (const run of ordered) {
    if (prev) {
      const gap = rtl ? prev.x - (run.x + run.width) : run.x - (prev.x + prev.width);
      const spaced = /\s$/.test(text) || /^\s/.test(run.text);
      // Kerning and split glyph runs leave small gaps; a word space is about a quarter em.
      if (!spaced && gap > 0.18 * Math.min(run.size, prev.size)) text += ' ';
    }
    text += run.text;
    prev = run;
  }
  const main = runs.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  const big = runs.reduce((a, b) => (b.size > a.size ? b : a));
  return {
    text: text.replace(/\s+/g, ' ').trim(),
    page,
    column,
    x0: Math.min(...runs.map((r) => r.x)),
    x1: Math.max(...runs.map((r) => r.x + r.width)),
    y: big.y,
    size: main.size,
    mono: chars(runs.filter((r) => r.mono)) > chars(runs) / 2,
  };
}

/**
 * Reading order for a two-column page: between two lines that span the page, the whole
 * left column is read before the right one.
 */
function readColumns(spanning: Line[], left: Line[], right: Line[]): Line[] {
  const out: Line[] = [];
  let l = 0;
  let r = 0;
  for (const span of spanning) {
    while (l < left.length && left[l]!.y < span.y) out.push(left[l++]!);
    while (r < right.length && right[r]!.y < span.y) out.push(right[r++]!);
    out.push(span);
  }
  return out.concat(left.slice(l), right.slice(r));
}
