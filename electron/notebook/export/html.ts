// HTML export: one self-contained, printable page (inline styles, no scripts, no remote loads,
// a CSP that forbids both) with each article's provenance and its quotes, notes and tags.
import type { SkippedArticle } from '../../../shared/contract';
import type { ArticleDetail, Highlight } from '../../../shared/model';
import { briefNotesHtml } from './brief/brief-text';
import { isRightToLeft } from './docx-provenance';
import { escapeHtml as esc, HTML_CSP, noteToHtml, webAddress } from './html-note';
import {
  exportFileName,
  NOTES_HEADING,
  skippedHeading,
  skippedLines,
  type ExportDocument,
  type ExportRenderer,
  type ExportVocabulary,
} from './model';
import { later, type ExportChunk } from './output';
import {
  COLOR_SWATCHES,
  colorMeaning,
  dateOriginLabel,
  paragraphCitation,
  gradeMark,
  corroborationLine,
  gradeSentence,
  wordsChangedLine,
  tagPaths,
} from './quote-provenance';

export { HTML_CSP };

export const renderHtml: ExportRenderer = (doc) => ({
  fileName: exportFileName(doc, 'html'),
  mimeType: 'text/html',
  encoding: 'utf8',
  chunks: html(doc),
});

async function* html(doc: ExportDocument): AsyncGenerator<ExportChunk> {
  const title = esc(doc.title);
  const generated = doc.generatedAt.toISOString();
  const articles = (n: number) => `${n} article${n === 1 ? '' : 's'}`;
  // The count of several articles is known once they are read: room is kept for it.
  const count = doc.only ? '1 article' : later(articles(doc.atMost), () => articles(doc.count));
  yield [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Dossier">',
    `<title>${title}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<header class="doc"><h1 dir="auto">${title}</h1>`,
    `<p class="meta">Generated <time datetime="${generated}">${generated.slice(0, 10)}</time> · `,
  ].join('\n');
  yield count;
  yield '</p></header>\n';
  for await (const article of doc.articles) yield `${renderArticle(article, doc)}\n`;
  if (doc.notebookNotes) {
    const brief = doc.notebookNotes;
    yield [
      '<section class="article notebook-notes">',
      `<h2>${NOTES_HEADING} (${brief.notes.length})</h2>`,
      ...briefNotesHtml(brief, {
        level: 3,
        headed: true,
        leftOutLabel: 'Left out of the notebook notes',
      }),
      '</section>\n',
    ].join('\n');
  }
  if (doc.skipped.length) yield `${renderSkipped(doc.skipped)}\n`;
  yield '</body>\n</html>\n';
}

function renderSkipped(skipped: readonly SkippedArticle[]): string {
  return [
    // Set out as one more article, so the reader of the notes sees it as one.
    '<section class="article skipped">',
    `<h2>${esc(skippedHeading(skipped))}</h2>`,
    '<ul>',
    ...skippedLines(skipped).map((line) => `<li dir="auto">${esc(line)}</li>`),
    '</ul>',
    '</section>',
  ].join('\n');
}

function renderArticle(article: ArticleDetail, model: ExportVocabulary): string {
  const lang = article.lang ? ` lang="${esc(article.lang)}"` : '';
  const origin = dateOriginLabel(article);
  const url = article.url && webAddress(article.url);
  const facts: [string, string | undefined][] = [
    ['Source', article.source && esc(article.source)],
    ['Author', article.byline && esc(article.byline)],
    [
      'Date',
      article.publishedAt &&
        `${esc(article.publishedAt)}${origin ? ` <span class="origin">(${esc(origin)})</span>` : ''}`,
    ],
    ['URL', url ? `<a href="${esc(url)}" rel="noreferrer">${esc(url)}</a>` : undefined],
    ['File', article.fileName && esc(article.fileName)],
    ['Captured', esc(article.capturedAt.slice(0, 10))],
  ];
  const anchored = article.highlights.filter((h) => !h.orphan);
  const orphans = article.highlights.filter((h) => h.orphan);
  const parts = [
    `<article class="article"${lang}>`,
    `<h2 dir="auto">${esc(article.title)}</h2>`,
    '<dl class="provenance">',
    ...facts
      .filter((f): f is [string, string] => Boolean(f[1]))
      .map(([label, value]) => `<dt>${label}</dt><dd dir="auto">${value}</dd>`),
    '</dl>',
  ];
  if (article.note.body.trim()) {
    parts.push(
      '<h3>Article note</h3>',
      `<div class="note" dir="auto">${noteToHtml(article.note.body)}</div>`,
    );
  }
  parts.push(`<h3>Highlights (${anchored.length})</h3>`);
  if (anchored.length === 0) parts.push('<p class="empty">No highlights.</p>');
  parts.push(...anchored.map((h) => renderHighlight(article, h, model)));
  if (orphans.length) {
    parts.push(`<h3>No longer in the current text (${orphans.length})</h3>`);
    parts.push(...orphans.map((h) => renderHighlight(article, h, model)));
  }
  parts.push('</article>');
  return parts.join('\n');
}

function renderHighlight(article: ArticleDetail, h: Highlight, model: ExportVocabulary): string {
  const meaning = colorMeaning(model.colorMeanings, h);
  const tags = tagPaths(model.tags, h);
  const caption = [
    `<span class="swatch swatch--${h.color}" title="${esc(meaning)}"></span>`,
    `<span class="para">${paragraphCitation(article, h)}</span>`,
    gradeHtml(article, h),
    ` · <span class="color">${esc(h.color)} (${esc(meaning)})</span>`,
    tags.length
      ? ` · <span class="tags">${tags.map((t) => `<span class="tag" dir="auto">#${esc(t)}</span>`).join(' ')}</span>`
      : '',
  ].join('');
  const note = h.note.trim() ? `\n<div class="note" dir="auto">${noteToHtml(h.note)}</div>` : '';
  const words = wordsChangedLine(h);
  const changed = words ? `\n<p class="changed" dir="auto">${esc(words)}</p>` : '';
  const backed = corroborationLine(model, h);
  const corroborated = backed ? `\n<p class="corroborated" dir="auto">${esc(backed)}</p>` : '';
  return [
    // A right-to-left quote has its bar on the right, where its lines begin.
    `<figure class="highlight highlight--${h.color}${isRightToLeft(h.quote.exact) ? ' highlight--rtl' : ''}" id="h-${esc(h.id)}">`,
    `<blockquote dir="auto">${esc(h.quote.exact)}</blockquote>`,
    `<figcaption>${caption}</figcaption>${changed}${corroborated}${note}`,
    '</figure>',
  ].join('\n');
}

const swatches = Object.entries(COLOR_SWATCHES)
  .map(
    ([color, fill]) =>
      `.swatch--${color}{background:${fill}}.highlight--${color}{border-color:${fill}}`,
  )
  .join('');

const STYLE = `
:root{color-scheme:light;font-family:system-ui,"Segoe UI","Noto Sans","Noto Nastaliq Urdu",sans-serif;line-height:1.5;color:#1f2328}
body{max-width:46rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin:0}
.meta,.provenance,figcaption,.origin,.empty{color:#57606a;font-size:.9rem}
.article{margin-top:2.5rem;border-top:1px solid #d0d7de;padding-top:1rem}
.provenance{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.5rem 0 1rem}
.provenance dt{font-weight:600}
.provenance dd{margin:0;overflow-wrap:anywhere}
.highlight{margin:1rem 0;padding:.25rem 0 .25rem .9rem;border-left:4px solid #d0d7de;break-inside:avoid}
.highlight--rtl{padding:.25rem .9rem .25rem 0;border-left:none;border-right:4px solid #d0d7de;text-align:right}
blockquote{margin:0;white-space:pre-wrap;font-size:1.05rem;unicode-bidi:plaintext}
figcaption{margin-top:.3rem}
.changed{margin:.3rem 0 0;color:#8a4b08;font-size:.9rem;font-style:italic}
.corroborated{margin:.3rem 0 0;color:#1f5f3a;font-size:.9rem}
.swatch{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-inline-end:.4em;vertical-align:-.05em;border:1px solid #8c959f}
.grade{font:600 .85em ui-monospace,monospace;padding:0 .3em;border:1px solid #8c959f;border-radius:3px}
.tag{white-space:nowrap}
.note{margin-top:.4rem}
.notebook-notes blockquote{margin:1rem 0;padding:.2rem 1rem;border-inline-start:3px solid #9aa5b1}
.notebook-notes .notes,.notebook-notes .left-out{font-size:.9rem;color:#57606a}
sup.fn a{text-decoration:none}
.note p{margin:.3rem 0}
a{color:#0550ae;overflow-wrap:anywhere}
${swatches}
@page{size:A4;margin:20mm 18mm}
@media print{
body{max-width:none;margin:0;padding:0;font-size:11pt}
.article{border-top:none;margin-top:0;padding-top:0}
.article+.article{break-before:page}
h2,h3{break-after:avoid}
.swatch,.highlight{print-color-adjust:exact;-webkit-print-color-adjust:exact}
.note a[href]::after{content:" (" attr(href) ")";font-size:.85em;color:#57606a}
}
`;

/** The grade beside the paragraph, its meaning on hover. */
function gradeHtml(article: ArticleDetail, h: Highlight): string {
  const mark = gradeMark(article, h);
  if (!mark) return '';
  return ` <span class="grade" title="${esc(gradeSentence(article, h) ?? '')}">${esc(mark)}</span>`;
}
