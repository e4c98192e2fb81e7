// Word export: a title, then per article its provenance, note and quotes (styled as quotes,
// each with paragraph, colour meaning, tags and note), orphans apart, and a sources list.
// Arabic-script quotes are right-to-left paragraphs so Word lays them out as a reader expects.
import {
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
  type Table,
} from 'docx';
import type { ArticleDetail, Highlight } from '../../../shared/model';
import { briefFootnotes, briefParagraphs } from './brief/brief-docx';
import { a4WithPageNumbers, WORD_STYLES } from './docx-styles';
import type { BriefModel } from './brief/brief-model';
import { noteBlocks, type Span } from './docx-note';
import { corroborationLine, wordsChangedLine } from './quote-provenance';
import {
  attribution,
  generatedOn,
  isRightToLeft,
  provenanceFacts,
  sourceLine,
} from './docx-provenance';
import {
  exportFileName,
  NOTES_HEADING,
  skippedHeading,
  skippedLines,
  type ExportDocument,
  type ExportRenderer,
  type ExportVocabulary,
} from './model';

export const renderDocx: ExportRenderer = (doc) => ({
  fileName: exportFileName(doc, 'docx'),
  mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  encoding: 'base64',
  chunks: docx(doc),
});

/** A Word file is one zip written at the end; the articles are still read one at a time. */
async function* docx(model: ExportDocument): AsyncGenerator<Uint8Array> {
  const body: Paragraph[] = [];
  const sources: Source[] = [];
  for await (const article of model.articles) {
    body.push(...renderArticle(article, model));
    sources.push(sourceOf(article));
  }
  const notes = model.notebookNotes;
  const doc = new Document({
    creator: 'Dossier',
    title: model.title,
    description: `Exported ${generatedOn(model)}`,
    styles: WORD_STYLES,
    ...(notes ? { footnotes: briefFootnotes(notes) } : {}),
    sections: [
      {
        ...a4WithPageNumbers(),
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            bidirectional: isRightToLeft(model.title),
            children: [new TextRun({ text: model.title, rightToLeft: isRightToLeft(model.title) })],
          }),
          new Paragraph({ children: [new TextRun(`Generated ${generatedOn(model)}`)] }),
          ...body,
          ...(notes ? notesSection(notes) : []),
          ...renderSources(sources),
          ...renderSkipped(model),
        ],
      },
    ],
  });
  yield new Uint8Array(await Packer.toBuffer(doc));
}

/** The notebook notes as a brief writes them, with real footnotes, under their own heading. */
function notesSection(brief: BriefModel): Array<Paragraph | Table> {
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      children: [plain(`${NOTES_HEADING} (${brief.notes.length})`)],
    }),
    ...briefParagraphs(brief, {
      level: 2,
      headed: true,
      leftOutLabel: 'Left out of the notebook notes',
    }),
  ];
}

/** What the closing sources list keeps of an article once its quotes are laid out. */
type Source = Pick<ArticleDetail, 'title' | 'source' | 'publishedAt' | 'url'>;
const sourceOf = ({ title, source, publishedAt, url }: ArticleDetail): Source => ({
  title,
  source,
  publishedAt,
  url,
});

function renderArticle(article: ArticleDetail, model: ExportVocabulary) {
  const rtl = isRightToLeft(article.title);
  const out: Paragraph[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      bidirectional: rtl,
      children: [new TextRun({ text: article.title, rightToLeft: rtl })],
    }),
  ];
  for (const fact of provenanceFacts(article)) {
    const value: ParagraphChild = fact.link
      ? new ExternalHyperlink({
          link: fact.link,
          children: [new TextRun({ text: fact.value, style: 'Hyperlink' })],
        })
      : new TextRun({ text: fact.value, rightToLeft: isRightToLeft(fact.value) });
    out.push(
      new Paragraph({
        spacing: { after: 0 },
        children: [new TextRun({ text: `${fact.label}: `, bold: true }), value],
      }),
    );
  }
  if (article.note.body.trim()) {
    out.push(heading('Article note'), ...noteParagraphs(article.note.body));
  }
  const anchored = article.highlights.filter((h) => !h.orphan);
  const orphans = article.highlights.filter((h) => h.orphan);
  out.push(heading(`Highlights (${anchored.length})`));
  if (!anchored.length) out.push(new Paragraph({ children: [plain('No highlights.', true)] }));
  for (const h of anchored) out.push(...renderHighlight(article, h, model));
  if (orphans.length) {
    out.push(heading(`No longer in the current text (${orphans.length})`));
    for (const h of orphans) out.push(...renderHighlight(article, h, model));
  }
  return out;
}

function renderHighlight(article: ArticleDetail, highlight: Highlight, model: ExportVocabulary) {
  const rtl = isRightToLeft(highlight.quote.exact);
  const lines = highlight.quote.exact.split('\n');
  return [
    new Paragraph({
      style: 'Quote',
      bidirectional: rtl,
      children: lines.map(
        (line, i) =>
          // Arabic script has no italic: the quote style's italics would fake a slant.
          new TextRun({ text: line, break: i ? 1 : 0, rightToLeft: rtl, italics: !rtl }),
      ),
    }),
    new Paragraph({
      style: 'Attribution',
      children: [new TextRun(attribution(article, highlight, model))],
    }),
    ...wordsChangedParagraphs(highlight),
    ...corroborationParagraphs(model, highlight),
    ...noteParagraphs(highlight.note, 567),
  ];
}

/** The quotes of other sources linked as corroborating it, under its attribution. */
function corroborationParagraphs(model: ExportVocabulary, highlight: Highlight): Paragraph[] {
  const line = corroborationLine(model, highlight);
  return line
    ? [new Paragraph({ style: 'Attribution', children: [new TextRun({ text: line })] })]
    : [];
}

/** What a new version changed in the quote's words, under its attribution. */
function wordsChangedParagraphs(highlight: Highlight): Paragraph[] {
  const line = wordsChangedLine(highlight);
  return line
    ? [
        new Paragraph({
          style: 'Attribution',
          children: [new TextRun({ text: line, italics: true })],
        }),
      ]
    : [];
}

function noteParagraphs(markdown: string, indent = 0): Paragraph[] {
  return noteBlocks(markdown).map((block) => {
    const text = block.spans.map((s) => s.text).join('');
    const rtl = isRightToLeft(text);
    const left = indent + (block.bullet ? 360 * ((block.depth ?? 0) + 1) : 0);
    const children: ParagraphChild[] = block.bullet
      ? [new TextRun({ text: `${block.bullet}\t` }), ...block.spans.flatMap(span)]
      : block.spans.flatMap(span);
    return new Paragraph({
      style: block.kind === 'quote' ? 'Quote' : undefined,
      heading: block.kind === 'heading' ? HeadingLevel.HEADING_3 : undefined,
      bidirectional: rtl,
      indent: block.bullet ? { left, hanging: 360 } : indent ? { left } : undefined,
      children,
    });
  });
}

function span(s: Span): ParagraphChild[] {
  const parts = s.text.split('\n');
  const runs = parts.map(
    (text, i) =>
      new TextRun({
        text,
        break: i ? 1 : 0,
        bold: s.bold,
        italics: s.italic,
        rightToLeft: isRightToLeft(text),
        ...(s.code ? { font: 'Consolas' } : {}),
        ...(s.link ? { style: 'Hyperlink' } : {}),
      }),
  );
  return s.link ? [new ExternalHyperlink({ link: s.link, children: runs })] : runs;
}

function renderSources(sources: Source[]): Paragraph[] {
  if (!sources.length) return [];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [plain('Sources')] }),
    ...sources.map(
      (article) =>
        new Paragraph({
          bullet: { level: 0 },
          children: [
            new TextRun(sourceLine({ ...article, url: undefined })),
            ...(article.url
              ? [
                  plain(' · '),
                  new ExternalHyperlink({
                    link: article.url,
                    children: [new TextRun({ text: article.url, style: 'Hyperlink' })],
                  }),
                ]
              : []),
          ],
        }),
    ),
  ];
}

function renderSkipped({ skipped }: ExportDocument): Paragraph[] {
  if (!skipped.length) return [];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [plain(skippedHeading(skipped))] }),
    ...skippedLines(skipped).map(
      (line) =>
        new Paragraph({
          bullet: { level: 0 },
          children: [new TextRun({ text: line, rightToLeft: isRightToLeft(line) })],
        }),
    ),
  ];
}

const heading = (text: string) =>
  new Paragraph({ heading: HeadingLevel.HEADING_2, children: [plain(text)] });

const plain = (text: string, italics = false) => new TextRun({ text, italics });
