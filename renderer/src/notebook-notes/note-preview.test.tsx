import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MarkdownPreview } from '../notes/markdown-preview';

const html = (source: string) =>
  renderToStaticMarkup(
    <MarkdownPreview
      source={source}
      renderHighlightRef={(id, layout) => <i data-ref={id} data-layout={layout} />}
    />,
  );

describe('notebook note references', () => {
  it('keeps a list item whole around an inline reference', () => {
    const out = html('- item [[highlight:x1]] tail\n- second');
    expect(out).toContain(
      '<li dir="auto">item <i data-ref="x1" data-layout="inline"></i> tail</li>',
    );
    expect(out.match(/<ul>/g)).toHaveLength(1);
    expect(out).toContain('<li dir="auto">second</li>');
  });

  it('lets each block take its direction from its own text (an Urdu quote reads from the right)', () => {
    const out = html('English first.\n\n> مذاکرات اس سال\n\n# عنوان');
    expect(out).toContain('<blockquote dir="auto">');
    expect(out).toContain('<h1 dir="auto">عنوان</h1>');
    expect(out).toContain('<p dir="auto">English first.</p>');
  });

  it('renders a reference alone in its paragraph as a block, outside any <p>', () => {
    const out = html('Intro **bold**\n\n[[highlight:a-1]]\n\nAfter');
    expect(out).toContain(
      '<div class="quoted-group"><i data-ref="a-1" data-layout="block"></i></div>',
    );
    expect(out).toContain('<strong>bold</strong>');
    expect(out).toContain('<p dir="auto">After</p>');
  });

  it('leaves references in code spans and code blocks as typed', () => {
    const out = html('Write `[[highlight:x]]` to quote.\n\n```\n[[highlight:y]]\n```');
    expect(out).toContain('<code>[[highlight:x]]</code>');
    expect(out).toContain('[[highlight:y]]\n</code>');
    expect(out).not.toContain('data-ref');
  });

  it('stays safe: no raw HTML, only http(s)/mailto links, no hand-written reference links', () => {
    const out = html(
      '<script>alert(1)</script>\n\nSee <b>x</b> [a](javascript:alert(1)) [b](https://x.test) [c](dossier-highlight:zz)',
    );
    expect(out).not.toContain('<script');
    expect(out).not.toContain('javascript:');
    expect(out).not.toContain('<b>');
    expect(out).toContain('href="https://x.test"');
    expect(out).not.toContain('dossier-highlight');
    expect(out).not.toContain('data-ref');
  });

  it('without a renderer (highlight and article notes) references stay text', () => {
    const out = renderToStaticMarkup(<MarkdownPreview source="see [[highlight:x]]" />);
    expect(out).toContain('<p dir="auto">see [[highlight:x]]</p>');
  });
});

describe('an export preview', () => {
  it('renders footnotes as numbered notes, not as typed marks', () => {
    const out = renderToStaticMarkup(
      <MarkdownPreview source={'A quote.[^1]\n\n[^1]: “Talks,” June 25, 2024, para. 3.'} gfm />,
    );
    expect(out).not.toContain('[^1]');
    expect(out).toMatch(/<sup>.*1.*<\/sup>/);
    expect(out).toMatch(/<li[^>]*>[\s\S]*“Talks,” June 25, 2024, para\. 3\./);
  });
});

describe('an export preview’s footnotes', () => {
  it('link each number to its note and back, inside the page', () => {
    const out = renderToStaticMarkup(
      <MarkdownPreview
        gfm
        source={'Quoted “words”[^1].\n\n[^1]: Source, para. 2. https://example.org/a'}
      />,
    );
    const ref = /<a ([^>]*)>1<\/a>/.exec(out)?.[1] ?? '';
    expect(ref).toContain('href="#user-content-fn-1"');
    expect(ref).toContain('id="user-content-fnref-1"');
    expect(out).toContain('<li id="user-content-fn-1" dir="auto">');
    expect(out).toMatch(/<a data-footnote-backref[^>]*href="#user-content-fnref-1"/);
    // An address in the note stays an outside link; anything else in-page is still dropped.
    expect(out).toContain('href="https://example.org/a"');
    const other = renderToStaticMarkup(<MarkdownPreview gfm source="[x](#settings)" />);
    expect(other).not.toContain('href');
  });
});
