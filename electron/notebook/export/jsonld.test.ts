// JSON-LD export checked against the W3C Web Annotation model's required keys and value rules,
// with each position selector read against the article text in code points.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFixture, QUOTES, render, RICH_NOTE, type ExportFixture } from './export-fixture';
import { renderJsonLd, type Annotation } from './jsonld';
import { highlightOver, onlyHighlights } from './paragraph-range.test-support';

let fixture: ExportFixture;
beforeAll(async () => {
  fixture = await exportFixture();
});
afterAll(() => fixture.close());

const isIri = (value: unknown) =>
  typeof value === 'string' && /^[a-z][a-z0-9+.-]*:\S+$/i.test(value);
const MOTIVATIONS = [
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
];

describe('jsonld export', () => {
  it('is an AnnotationCollection of valid Annotations whose selectors find their quotes', async () => {
    const model = await fixture.model();
    const out = await render(renderJsonLd, model);
    expect(out.mimeType).toBe('application/ld+json');
    expect(out.fileName).toMatch(/\.jsonld$/);
    const doc = JSON.parse(out.data) as {
      '@context': string;
      id: string;
      type: string;
      label: string;
      total: number;
      first: { type: string; items: Annotation[] };
    };
    expect(doc['@context']).toEqual([
      'http://www.w3.org/ns/anno.jsonld',
      { dossier: 'urn:dossier:terms:' },
    ]);
    expect(doc.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.label).toBe('Dossier notebook');
    expect(doc.first.type).toBe('AnnotationPage');
    const items = doc.first.items;
    expect(doc.total).toBe(items.length);
    expect(items).toHaveLength(6);

    const articles = new Map(fixture.articles.map((a) => [a.id, a]));
    for (const a of items) {
      expect(isIri(a.id)).toBe(true);
      expect(a.type).toBe('Annotation');
      expect(MOTIVATIONS).toContain(a.motivation);
      expect(Number.isNaN(Date.parse(a.created))).toBe(false);
      expect(Number.isNaN(Date.parse(a.modified))).toBe(false);
      for (const body of a.body ?? []) {
        expect(body.type).toBe('TextualBody');
        expect(typeof body.value).toBe('string');
        expect(MOTIVATIONS).toContain(body.purpose);
      }
      expect(isIri(a.target.source.id)).toBe(true);
      expect(a.target.source['dcterms:title']).toBeTruthy();
      const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector');
      const position = a.target.selector.find((s) => s.type === 'TextPositionSelector');
      expect(
        a.target.selector.every((s) =>
          ['TextQuoteSelector', 'TextPositionSelector'].includes(s.type),
        ),
      ).toBe(true);
      if (quote?.type !== 'TextQuoteSelector' || position?.type !== 'TextPositionSelector') {
        throw new Error('both selectors are expected');
      }
      expect(Number.isInteger(position.start) && Number.isInteger(position.end)).toBe(true);
      expect(0 <= position.start && position.start <= position.end).toBe(true);
      const highlight = fixture.articles
        .flatMap((x) => x.highlights)
        .find((h) => a.id === `urn:uuid:${h.id}`);
      const article = articles.get(highlight!.articleId)!;
      // Positions count code points: index the text as an array of them.
      const points = Array.from(article.text);
      expect(points.slice(position.start, position.end).join('')).toBe(quote.exact);
      expect(points.slice(0, position.start).join('').endsWith(quote.prefix)).toBe(true);
      expect(points.slice(position.end).join('').startsWith(quote.suffix)).toBe(true);
    }
    expect(
      items.map((a) => a.target.selector[0]).map((s) => s?.type === 'TextQuoteSelector' && s.exact),
    ).toEqual(Object.values(QUOTES));

    const [commas, urdu, , , , traders] = items;
    const { highlights } = fixture;
    expect(commas!.id).toBe(`urn:uuid:${highlights.commas.id}`);
    expect(commas!.motivation).toBe('commenting');
    expect(commas!.body).toEqual([
      { type: 'TextualBody', value: RICH_NOTE, format: 'text/markdown', purpose: 'commenting' },
      { type: 'TextualBody', value: 'Actors/TTP', format: 'text/plain', purpose: 'tagging' },
      { type: 'TextualBody', value: 'Place names', format: 'text/plain', purpose: 'tagging' },
      expect.objectContaining({ purpose: 'classifying' }),
    ]);
    expect(commas!.target.source.id).toBe('https://www.dawn.com/news/123?x=1&y=2');
    expect(commas!.target.source).toMatchObject({
      type: 'Text',
      'schema:dateRead': expect.any(String),
    });
    expect(commas!.target['schema:position']).toBeGreaterThan(0);
    // The Urdu quote follows an emoji flag: code points and UTF-16 offsets differ there.
    const urduPosition = urdu!.target.selector[1];
    expect(urduPosition).toMatchObject({ type: 'TextPositionSelector' });
    expect(urduPosition).not.toMatchObject({
      start: fixture.articles[0]!.text.indexOf(QUOTES.urdu),
    });
    expect(traders!.motivation).toBe('highlighting');
    // No note and no tags: only the colour's meaning, as a classifying body.
    expect(traders!.body.map((b) => b.purpose)).toEqual(['classifying']);
    expect(traders!.target.source.id).toBe(`urn:dossier:article:${fixture.articles[1]!.id}`);
  });

  it('gives the first and last paragraph as numbers beside the code-point positions', async () => {
    const model = await fixture.model();
    const items = async (m: typeof model) =>
      (JSON.parse((await render(renderJsonLd, m)).data) as { first: { items: Annotation[] } }).first
        .items;
    const { lines } = fixture.highlights;
    const spanning = (await items(model)).find((a) => a.id === `urn:uuid:${lines.id}`)!;
    // `here.\n\n-2+3` runs from paragraph 3 into 4.
    expect(spanning.target).toMatchObject({
      'schema:position': 3,
      'dossier:firstParagraph': 3,
      'dossier:lastParagraph': 4,
    });
    expect(spanning.target.selector[1]).toEqual({
      type: 'TextPositionSelector',
      start: lines.position.start,
      end: lines.position.end,
    });
    const atEnd = highlightOver(model.articles[0]!, 'typed into the form by someone.', 'end');
    const [single] = await items(onlyHighlights(model, 0, [atEnd]));
    expect(single!.target).toMatchObject({
      'schema:position': 2,
      'dossier:firstParagraph': 2,
      'dossier:lastParagraph': 2,
    });
    expect(single!.target.selector[1]).toEqual(atEnd.position);
  });

  it('keeps only the quote selector for an orphan', async () => {
    const model = await fixture.model();
    const [article] = model.articles;
    const orphan = { ...article!.highlights[0]!, orphan: true };
    const out = await render(renderJsonLd, {
      ...model,
      articles: [{ ...article!, highlights: [orphan] }],
    });
    const [only] = (JSON.parse(out.data) as { first: { items: Annotation[] } }).first.items;
    expect(only!.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector']);
  });
});
