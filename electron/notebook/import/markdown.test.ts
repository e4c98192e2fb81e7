// Markdown extraction: front matter as metadata, the leading title, lists, quotes, links,
// and raw HTML that must never reach the text.
import { describe, expect, it } from 'vitest';
import { assemble } from './extracted';
import { extractMarkdown } from './markdown';

const NOTE = `---
title: "Floods in Swat: what the data says"
author:
  - Amina Khan
  - Bilal Ahmed
date: 2024-06-25
source: https://example.org/floods-swat
lang: en
---

# Floods in Swat: what the data says

The river rose **two metres** overnight, according to [the PDMA](https://pdma.example/report "report")
and local officials. ![A flooded road](road.jpg)

## What happened

1. Rain fell for three days.
2. The barrage opened its gates.
   - Villages downstream were warned late.

- Tea &amp; bread were handed out
- Schools closed

> "We lost everything," said one farmer.
> He had lived there forty years.

<script>alert('stolen')</script>

Inline <script>document.cookie</script>script and <b>bold tags</b> drop their markup.

<div onclick="steal()">A raw <em>block</em> of HTML<style>p{}</style></div>

    const level = readGauge();

| Gauge | Level |
|-------|-------|
| Mingora | 4.2 m |
`;

describe('extractMarkdown', () => {
  const result = extractMarkdown(NOTE);
  const kept = result.blocks.filter((b) => !b.removed);
  const { text } = assemble(result.blocks);

  it('reads the front matter as metadata and removes it from the text', () => {
    expect(result.title).toBe('Floods in Swat: what the data says');
    expect(result.byline).toBe('Amina Khan, Bilal Ahmed');
    expect(result.publishedAt).toBe('2024-06-25');
    expect(result.publishedAtSource).toBe('metadata');
    expect(result.url).toBe('https://example.org/floods-swat');
    expect(result.lang).toBe('en');
    expect(result.dir).toBe('ltr');
    expect(result.blocks[0]!.removed).toBe('front matter');
    expect(text).not.toContain('author:');
  });

  it('removes the leading title heading, keeping it as a removed block', () => {
    expect(result.blocks[1]).toEqual({
      kind: 'heading',
      text: 'Floods in Swat: what the data says',
      removed: 'title',
    });
  });

  it('keeps headings, paragraphs, list items, quotes, code and tables as plain text', () => {
    expect(kept.map((b) => [b.kind, b.text])).toEqual([
      [
        'paragraph',
        'The river rose two metres overnight, according to the PDMA\nand local officials.',
      ],
      ['heading', 'What happened'],
      ['list-item', '1. Rain fell for three days.'],
      ['list-item', '2. The barrage opened its gates.'],
      ['list-item', 'Villages downstream were warned late.'],
      ['list-item', 'Tea & bread were handed out'],
      ['list-item', 'Schools closed'],
      ['quote', '"We lost everything," said one farmer.\nHe had lived there forty years.'],
      ['paragraph', 'Inline script and bold tags drop their markup.'],
      ['paragraph', 'A raw block of HTML'],
      ['paragraph', 'const level = readGauge();'],
      ['paragraph', 'Gauge | Level'],
      ['paragraph', 'Mingora | 4.2 m'],
    ]);
  });

  it('lets no script, markup or image reach the text', () => {
    expect(text).not.toMatch(
      /<script|alert|cookie|stolen|onclick|steal|<b>|<div|road\.jpg|A flooded road|p\{\}/,
    );
  });

  it('takes a leading heading as the title when there is no front matter', () => {
    const plain = extractMarkdown('# Notes on Chitral\n\nFirst line.\n');
    expect(plain.title).toBe('Notes on Chitral');
    expect(assemble(plain.blocks).text).toBe('First line.');
    expect(plain.publishedAt).toBeNull();
  });

  it('does not mistake a rule and a setext heading for front matter', () => {
    const doc = extractMarkdown('---\nJust a line\n---\n\nBody.\n');
    expect(doc.blocks.some((b) => b.removed === 'front matter')).toBe(false);
    expect(assemble(doc.blocks).text).toContain('Just a line');
  });

  it('keeps literal code spans as typed and reads right-to-left text as such', () => {
    const doc = extractMarkdown(
      'Use `a &amp; b` here.\n\nسیلاب نے سوات میں تباہی مچا دی۔\n\nسڑکیں بہہ گئیں۔\n',
    );
    expect(doc.blocks[0]!.text).toBe('Use a &amp; b here.');
    expect(doc.dir).toBe('rtl');
  });
});
