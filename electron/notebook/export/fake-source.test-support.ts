// For the streaming export tests: an export source that makes its articles up as they are
// read (any number of them, never all in memory), can fail to read some, and counts its reads.
import type { ArticleDetail, ArticleSummary, Highlight, Tag } from '../../../shared/model';
import { DEFAULT_COLOR_MEANINGS } from '../../../shared/model';
import type { ExportSource } from './source';

export interface FakeSource extends ExportSource {
  /** How many articles have been read so far. */
  reads: number;
}

export interface FakeOptions {
  articles: number;
  highlightsEach?: number;
  /** Articles whose file cannot be read, with the reason the notebook would give. */
  broken?: Record<string, string>;
  /** What the summaries claim each article holds (defaults to the truth). */
  summaryHighlights?: number;
}

const TAGS: Tag[] = [{ id: 't1', name: 'Actors/TTP', color: '#2f6f9f' }];
const AT = '2024-06-25T10:00:00.000Z';

export const fakeId = (i: number) => `a${String(i).padStart(6, '0')}`;

export function fakeSource({
  articles,
  highlightsEach = 10,
  broken = {},
  summaryHighlights,
}: FakeOptions): FakeSource {
  const title = (i: number) => `Article ${i}: talks on hold, "again"`;
  const summary = (i: number): ArticleSummary => ({
    id: fakeId(i),
    title: title(i),
    source: 'Dawn',
    sha256: i.toString(16).padStart(64, '0'),
    capturedAt: AT,
    highlightCount: summaryHighlights ?? highlightsEach,
    tagCounts: { t1: highlightsEach },
  });
  const indexOf = new Map(Array.from({ length: articles }, (_, i) => [fakeId(i), i]));
  const source: FakeSource = {
    reads: 0,
    articleIds: () => [...indexOf.keys()],
    summary: (id) => {
      const i = indexOf.get(id);
      return i === undefined ? undefined : summary(i);
    },
    async readArticle(id) {
      source.reads++;
      if (broken[id]) throw new Error(broken[id]);
      const i = indexOf.get(id)!;
      const paragraphs = Array.from(
        { length: highlightsEach },
        (_, k) => `Paragraph ${k} of article ${i} says the talks are on hold.`,
      );
      const text = [title(i), ...paragraphs].join('\n\n');
      const blocks: ArticleDetail['blocks'] = [];
      let at = 0;
      for (const part of [title(i), ...paragraphs]) {
        blocks.push({
          kind: blocks.length ? 'paragraph' : 'heading',
          start: at,
          end: at + part.length,
        });
        at += part.length + 2;
      }
      const highlights: Highlight[] = paragraphs.map((p, k) => {
        const start = text.indexOf(p);
        return {
          id: `${id}-h${k}`,
          articleId: id,
          quote: { type: 'TextQuoteSelector', exact: p, prefix: '', suffix: '' },
          position: { type: 'TextPositionSelector', start, end: start + p.length },
          color: k % 2 ? 'green' : 'yellow',
          note: k === 0 ? 'Why it matters: **timing**.' : '',
          tagIds: ['t1'],
          createdAt: AT,
          updatedAt: AT,
        };
      });
      const { highlightCount: _h, tagCounts: _t, ...meta } = summary(i);
      return { ...meta, text, blocks, sourceBlocks: [], highlights, note: { body: '' } };
    },
    articleOfHighlight: (id) => {
      const [, articleId, k] = /^(.+)-h(\d+)$/.exec(id) ?? [];
      return articleId && indexOf.has(articleId) && Number(k) < highlightsEach
        ? articleId
        : undefined;
    },
    tags: () => TAGS,
    colorMeanings: () => DEFAULT_COLOR_MEANINGS,
    readArticleFile: () => Promise.reject(new Error('not in this fake')),
    readOriginal: async () => undefined,
    notes: () => [],
    tagMerges: () => ({}),
    settings: () => ({ seeded: true }),
  };
  return source;
}
