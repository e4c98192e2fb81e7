// A brief as Markdown (footnotes in the `[^1]` form GitHub and Pandoc read) and as one
// self-contained HTML page: the notes' own Markdown with each quote written out, its footnote
// number after it, the notes and the sources at the end, and what was left out said plainly.
import { escapeHtml, HTML_CSP, noteToHtml } from '../html-note';
import { exportFileName } from '../../../../shared/export-title';
import type { DrawnChart } from '../chart-render';
import type { ExportFile } from '../model';
import { matrixHtml, matrixMarkdown, MATRIX_CSS } from './brief-matrix-text';
import { nestHeadings, type BriefModel, type BriefPart } from './brief-model';

const STYLE_LABEL = { 'chicago-notes': 'Chicago notes and bibliography', apa: 'APA' } as const;

export const briefFileName = (brief: BriefModel, extension: string) =>
  exportFileName(brief.title, brief.generatedAt, extension);

const one = (text: string) =>
  (async function* () {
    yield text;
  })();

/** A quote's words on one line each way, so they cannot end a Markdown paragraph or block. */
const flat = (words: string) => words.replace(/\s*\n\s*/g, ' ').trim();

function markdownPart(part: BriefPart): string {
  switch (part.kind) {
    case 'text':
      return part.markdown;
    case 'quote': {
      const mark = `[^${part.quote.note}]`;
      if (part.block) return `> ${flat(part.quote.words)}${mark}`;
      // A right-to-left quote inside a sentence is isolated (FSI … PDI), so an Urdu quote in an
      // English line keeps its own order wherever the Markdown is shown.
      const words = part.quote.rtl
        ? `\u2068${flat(part.quote.words)}\u2069`
        : flat(part.quote.words);
      return `“${words}”${mark}`;
    }
    case 'missing':
      return `*${part.mark}*`;
    case 'matrix':
      return `\n\n${matrixMarkdown(part.matrix)}`;
    case 'chart':
      return `\n\n${chartMarkdown(part.chart)}\n\n`;
  }
}

/** A chart in Markdown: its SVG as an image the file carries itself (no file beside it). */
const chartMarkdown = (chart: DrawnChart) =>
  `![${chart.title}](data:image/svg+xml;base64,${Buffer.from(chart.svg).toString('base64')})`;

/** A chart in HTML: the SVG in the page, its title under it. */
const chartHtml = (chart: DrawnChart) =>
  `<figure class="chart">${chart.svg}<figcaption>${escapeHtml(chart.title)}</figcaption></figure>`;

/**
 * The notes as Markdown under headings of `level` (each note headed when there are several, or
 * always with `headed`), then what was left out under `leftOutLabel`; footnotes apart.
 */
export function briefNotesMarkdown(brief: BriefModel, options: SectionOptions): string[] {
  const { level, headed, leftOutLabel, notes } = sectionOptions(brief, options);
  const lines: string[] = [];
  for (const note of notes) {
    if (headed) lines.push(`${'#'.repeat(level)} ${note.title.replace(/\s+/g, ' ')}`, '');
    const text = note.parts.map(markdownPart).join('').trim();
    if (text) lines.push(text, '');
  }
  if (brief.leftOut.length) {
    lines.push('---', '', `**${leftOutLabel}:**`, '');
    for (const line of brief.leftOut) lines.push(`- ${line}`);
    lines.push('');
  }
  return lines;
}

/** The footnotes' definitions, `[^1]: …`, for the end of the document. */
export const briefFootnotesMarkdown = (brief: BriefModel): string[] =>
  brief.quotes.map((quote) => `[^${quote.note}]: ${quote.footnote}`);

export interface SectionOptions {
  /** The heading level of each note. */
  level: number;
  headed?: boolean;
  leftOutLabel?: string;
}

/** Section options with their defaults (notes headed when there are several), and the notes. */
export function sectionOptions(brief: BriefModel, options: SectionOptions) {
  const { level } = options;
  const headed = options.headed ?? brief.notes.length > 1;
  return {
    level,
    headed,
    leftOutLabel: options.leftOutLabel ?? 'Left out of this brief',
    /** The notes, their own headings nested under the note's title (or the section's). */
    notes: brief.notes.map((note) => ({
      ...note,
      parts: nestHeadings(note.parts, headed ? level + 1 : level),
    })),
  };
}

export function briefMarkdown(brief: BriefModel): string {
  const lines: string[] = [`# ${brief.title}`, '', ...briefNotesMarkdown(brief, { level: 2 })];
  if (brief.sources.length) {
    lines.push('## Sources', '');
    for (const source of brief.sources) lines.push(`- ${source}`);
    lines.push('');
  }
  lines.push(
    `*Citations: ${STYLE_LABEL[brief.style]}. Written by Dossier on ${brief.generatedAt.toISOString().slice(0, 10)}.*`,
    '',
    ...briefFootnotesMarkdown(brief),
  );
  return `${lines.join('\n').trim()}\n`;
}

export function renderBriefMarkdown(brief: BriefModel): ExportFile {
  return {
    fileName: briefFileName(brief, 'md'),
    mimeType: 'text/markdown; charset=utf-8',
    encoding: 'utf8',
    chunks: one(briefMarkdown(brief)),
  };
}

// ---- HTML ----

/** Stands in for a quote while marked renders the note around it (letters only: kept as is). */
const placeholder = (i: number) => `DOSSIERQUOTE${i}X`;

function quoteHtml(part: Exclude<BriefPart, { kind: 'text' }>): { inline: string; block: string } {
  if (part.kind === 'missing') {
    const text = `<em>${escapeHtml(part.mark)}</em>`;
    return { inline: text, block: `<p>${text}</p>` };
  }
  if (part.kind === 'matrix') {
    const table = matrixHtml(part.matrix);
    return { inline: table, block: table };
  }
  if (part.kind === 'chart') {
    const figure = chartHtml(part.chart);
    return { inline: figure, block: figure };
  }
  const { note, words, rtl } = part.quote;
  const sup = `<sup class="fn"><a href="#note-${note}" id="ref-${note}">${note}</a></sup>`;
  const dir = rtl ? 'rtl' : 'ltr';
  const body = escapeHtml(words).replace(/\n+/g, '<br>');
  return {
    inline: `“<bdi dir="${dir}">${body}</bdi>”${sup}`,
    block: `<blockquote dir="${dir}"><p>${body}${sup}</p></blockquote>`,
  };
}

function noteHtml(parts: readonly BriefPart[]): string {
  const quotes: Array<Exclude<BriefPart, { kind: 'text' }>> = [];
  const markdown = parts
    .map((part) => {
      if (part.kind === 'text') return part.markdown;
      quotes.push(part);
      // A matrix or a chart is a block of its own, whatever stands beside it.
      return part.kind === 'matrix' || part.kind === 'chart'
        ? `\n\n${placeholder(quotes.length - 1)}\n\n`
        : placeholder(quotes.length - 1);
    })
    .join('');
  let html = noteToHtml(markdown);
  quotes.forEach((part, i) => {
    const { inline, block } = quoteHtml(part);
    html = html.replace(`<p>${placeholder(i)}</p>`, block).replace(placeholder(i), inline);
  });
  return html;
}

const CSS = `
figure.chart { margin: 1.2em 0; } figure.chart svg { max-width: 100%; height: auto; display: block; } figure.chart figcaption { font-size: 0.9em; color: #555; }
body { font: 16px/1.55 Georgia, 'Noto Serif', serif; max-width: 44em; margin: 2em auto; padding: 0 1em; color: #1c1c1c; }
h1 { font-size: 1.7em; margin-bottom: 0.2em; }
blockquote { margin: 1em 0; padding: 0.2em 1em; border-inline-start: 3px solid #b08a2e; background: #faf6ec; }
blockquote[dir="rtl"] { font-family: 'Noto Naskh Arabic', 'Amiri', serif; }
sup.fn a { text-decoration: none; }
.notes, .sources, .left-out { margin-top: 2em; border-top: 1px solid #ccc; font-size: 0.92em; }
.meta { color: #555; font-size: 0.88em; }
`;

/** The notes as HTML (headings of `level`), what was left out, then the numbered notes. */
export function briefNotesHtml(brief: BriefModel, options: SectionOptions): string[] {
  const { level, headed, leftOutLabel, notes } = sectionOptions(brief, options);
  const h = (text: string, at = level) => `<h${at} dir="auto">${escapeHtml(text)}</h${at}>`;
  const out: string[] = [];
  for (const note of notes) {
    out.push('<section class="note">');
    if (headed) out.push(h(note.title));
    out.push(noteHtml(note.parts), '</section>');
  }
  if (brief.leftOut.length) {
    out.push(`<section class="left-out">${h(leftOutLabel)}<ul>`);
    for (const line of brief.leftOut) out.push(`<li dir="auto">${escapeHtml(line)}</li>`);
    out.push('</ul></section>');
  }
  if (brief.quotes.length) {
    out.push(`<section class="notes">${h('Notes')}<ol>`);
    for (const q of brief.quotes) {
      out.push(
        `<li id="note-${q.note}">${escapeHtml(q.footnote)} <a href="#ref-${q.note}" aria-label="Back to the quote">↩</a></li>`,
      );
    }
    out.push('</ol></section>');
  }
  return out;
}

export function briefHtml(brief: BriefModel): string {
  const out: string[] = [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">`,
    `<title>${escapeHtml(brief.title)}</title><style>${CSS}${MATRIX_CSS}</style></head><body>`,
    `<h1>${escapeHtml(brief.title)}</h1>`,
    ...briefNotesHtml(brief, { level: 2 }),
  ];
  if (brief.sources.length) {
    out.push('<section class="sources"><h2>Sources</h2><ul>');
    for (const source of brief.sources) out.push(`<li>${escapeHtml(source)}</li>`);
    out.push('</ul></section>');
  }
  out.push(
    `<p class="meta">Citations: ${STYLE_LABEL[brief.style]}. Written by Dossier on ${brief.generatedAt.toISOString().slice(0, 10)}.</p>`,
    '</body></html>',
  );
  return `${out.join('\n')}\n`;
}

export function renderBriefHtml(brief: BriefModel): ExportFile {
  return {
    fileName: briefFileName(brief, 'html'),
    mimeType: 'text/html; charset=utf-8',
    encoding: 'utf8',
    chunks: one(briefHtml(brief)),
  };
}
