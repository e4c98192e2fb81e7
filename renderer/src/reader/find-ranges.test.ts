// @vitest-environment jsdom
// Match offsets land on the right text nodes however highlights cut a block, and across blocks.
import { describe, expect, it } from 'vitest';
import { nodeSpan } from './find-ranges';
import { BLOCK_START_ATTR, textRuns } from './selection-offsets';

/** Two blocks as the reader renders them: the first cut by a mark, text offsets 0-13 and 15-20. */
function body() {
  const root = document.createElement('div');
  root.innerHTML =
    `<p ${BLOCK_START_ATTR}="0">Talks <mark>fail</mark>ed.</p>` +
    `<p ${BLOCK_START_ATTR}="15">Again</p>`;
  return root;
}

const text = (span: ReturnType<typeof nodeSpan>) => {
  if (!span) return null;
  const range = document.createRange();
  range.setStart(span.startNode, span.startOffset);
  range.setEnd(span.endNode, span.endOffset);
  return range.toString();
};

describe('nodeSpan', () => {
  const runs = textRuns(body());

  it('finds words inside one text node', () => {
    expect(text(nodeSpan(runs, { start: 0, end: 5 }))).toBe('Talks');
  });

  it('finds words cut by a highlight into several nodes', () => {
    expect(text(nodeSpan(runs, { start: 6, end: 12 }))).toBe('failed');
    expect(text(nodeSpan(runs, { start: 8, end: 10 }))).toBe('il');
  });

  it('spans blocks, leaving out the gap between them', () => {
    expect(text(nodeSpan(runs, { start: 10, end: 20 }))).toBe('ed.Again');
    // A start in the gap moves on to the next block, an end in it back to the last one.
    expect(text(nodeSpan(runs, { start: 13, end: 17 }))).toBe('Ag');
    expect(text(nodeSpan(runs, { start: 10, end: 14 }))).toBe('ed.');
  });

  it('answers null for a span with no rendered text', () => {
    expect(nodeSpan(runs, { start: 13, end: 15 })).toBeNull();
    expect(nodeSpan(runs, { start: 30, end: 34 })).toBeNull();
    expect(nodeSpan(runs, { start: 4, end: 4 })).toBeNull();
    expect(nodeSpan([], { start: 0, end: 3 })).toBeNull();
  });
});
