// The site-phrase check: how it reads phrases out of regular expressions and strings, how it
// decides that a page holds a phrase, and the check itself on the importers against the
// extraction development set (which must be there: a missing set fails, it is not skipped).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import {
  FANOUT_CAP,
  IMPORTER_DIR,
  SET_ENV,
  containsPhrase,
  defaultSetDir,
  findSitePhrases,
  normalize,
  regexPhrases,
  stringPhrases,
  visibleText,
} from './site-phrases';

const phrasesOf = (re: RegExp) => regexPhrases(String(re)).phrases.sort();

describe('regexPhrases', () => {
  it('fans out alternations, at the top level and in groups', () => {
    expect(phrasesOf(/^(?:read (?:more|next)|see also)$/i)).toEqual([
      'read more',
      'read next',
      'see also',
    ]);
  });

  it('reads whitespace as one space and an optional group as there or not', () => {
    expect(phrasesOf(/a\s+b(?: c)?/)).toEqual(['a b', 'a b c']);
    expect(phrasesOf(/log\s*in now/)).toEqual(['log in now']);
    expect(phrasesOf(/read[ \t]more/)).toEqual(['read more']);
  });

  it('fans out an optional character', () => {
    expect(phrasesOf(/e-?mail this/)).toEqual(['e-mail this', 'email this']);
  });

  it('ends a phrase at a character class, `.`, `\\w`, `\\d`, `\\S` or a backreference', () => {
    expect(phrasesOf(/sign [a-z]+ up now/)).toEqual(['up now']);
    expect(phrasesOf(/more from .* go on\w+ and on/)).toEqual(['and on', 'go on', 'more from']);
    expect(phrasesOf(/(x) page \d+ of\S+ one two\1 three four/)).toEqual([
      'one two',
      'three four',
      'x page',
    ]);
  });

  it('treats anchors, \\b and lookarounds as zero-width, and reads a lookaround on its own', () => {
    expect(phrasesOf(/^\bsign\b up$/)).toEqual(['sign up']);
    expect(phrasesOf(/\bsign up(?! for free)\b now/)).toEqual(['for free', 'sign up now']);
  });

  it('also keeps each maximal literal run', () => {
    expect(phrasesOf(/continue reading(?: the main story| below)?/)).toEqual([
      'continue reading',
      'continue reading below',
      'continue reading the main story',
      'the main story',
    ]);
    expect(phrasesOf(/editor'?s picks/)).toEqual(["editor's picks", 'editors picks']);
    expect(phrasesOf(/already a subscriber\??/)).toEqual(['already a subscriber']);
  });

  it('drops one-word phrases and folds case', () => {
    expect(phrasesOf(/^(?:Advertisement|Sponsored Content)$/)).toEqual(['sponsored content']);
  });

  it('falls back to the literal runs past the fan-out cap, and says so', () => {
    const group = `(?:${Array.from({ length: 10 }, (_, i) => `w${i} `).join('|')})`;
    const re = new RegExp(`${group.repeat(4)}see also`);
    expect(10 ** 4).toBeGreaterThan(FANOUT_CAP);
    expect(regexPhrases(String(re))).toEqual({ phrases: ['see also'], capped: true });
  });

  it('does not fan out text on either side of a break', () => {
    const words = (letter: string) => Array.from({ length: 50 }, (_, i) => `${letter}${i}`);
    const [v, w] = [words('v').join('|'), words('w').join('|')];
    const re = new RegExp(`^(?:${v}) (?:${v}).*(?:${w}) (?:${w})$`);
    const { phrases, capped } = regexPhrases(String(re));
    expect(capped).toBe(false);
    expect(phrases).toHaveLength(2 * 50 * 50);
  });
});

describe('stringPhrases', () => {
  it('keeps wording of two words or more', () => {
    expect(stringPhrases('Read more')).toEqual(['read more']);
    expect(stringPhrases(' is larger than ')).toEqual(['is larger than']);
    expect(stringPhrases('related')).toEqual([]);
  });

  it('ignores identifiers, paths and CSS', () => {
    expect(stringPhrases('share-bar')).toEqual([]);
    expect(stringPhrases('src/notes and more')).toEqual([]);
    expect(stringPhrases('see worker.ts now')).toEqual([]);
    expect(stringPhrases('form, label, [class*="comment"]')).toEqual([]);
    expect(stringPhrases("p[style-name='Quote'] => blockquote > p:fresh")).toEqual([]);
  });
});

describe('containsPhrase', () => {
  const holds = (text: string, phrase: string) => containsPhrase(normalize(text), phrase);

  it('matches whole words, whatever the case and spacing', () => {
    expect(holds('Please READ\n  More here', 'read more')).toBe(true);
    expect(holds('‘Read more’', 'read more')).toBe(true);
    expect(holds('read mores', 'read more')).toBe(false);
    expect(holds('bread more', 'read more')).toBe(false);
    expect(holds('our editor’s picks', 's picks')).toBe(false);
    expect(holds('double-opt-in box', 'opt-in box')).toBe(false);
  });
});

describe('visibleText', () => {
  it('drops scripts, styles and noscript, decodes entities and keeps words apart', () => {
    const html =
      '<html><head><title>Title words</title></head><body><ul><li>Home</li><li>News</li></ul>' +
      '<p>Read&nbsp;more &amp; see&#32;also</p><script>var hidden = "x y"</script>' +
      '<style>.a { b: c }</style><noscript>no script</noscript></body></html>';
    const text = normalize(visibleText(html));
    expect(text).toContain('home news');
    expect(text).toContain('read more & see also');
    expect(text).not.toMatch(/hidden|\.a|no script|title words/);
  });
});

describe('findSitePhrases', () => {
  const dir = mkdtempSync(join(tmpdir(), 'site-phrases-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const codeDir = join(dir, 'code');
  mkdirSync(join(codeDir, 'fixtures'), { recursive: true });
  writeFileSync(
    join(codeDir, 'rules.ts'),
    [
      "import { x } from 'only here';",
      '// only here, in a comment',
      'export const A = /^(?:only here|twice seen|nowhere at all|copied words|markup words)$/i;',
      "export const B = 'Only here';",
      'export const C = `${x} in a script only`;',
    ].join('\n'),
  );
  writeFileSync(join(codeDir, 'rules.test.ts'), "export const T = 'only here';");
  writeFileSync(join(codeDir, 'fixtures', 'page.ts'), "export const F = 'only here';");

  const setDir = join(dir, 'set');
  const pages: Record<string, { text: string; html: string }> = {
    p1: {
      text: 'Only here, we go.',
      html: '<p>Only here.</p><p>Twice&nbsp;seen</p><script>in a script only</script>',
    },
    p2: { text: 'Nothing to see.', html: '<p>Twice seen</p><p><b>markup</b> words</p>' },
    p3: {
      text: 'Copied words.',
      html: '<style>in a script only</style><noscript>in a script only</noscript>',
    },
  };
  mkdirSync(join(setDir, 'dev', 'text'), { recursive: true });
  mkdirSync(join(setDir, 'dev', 'html'), { recursive: true });
  const truth: Record<string, { articleBody: string; url: string }> = {};
  for (const [key, page] of Object.entries(pages)) {
    writeFileSync(join(setDir, 'dev', 'text', `${key}.txt`), page.text);
    writeFileSync(join(setDir, 'dev', 'html', `${key}.html.gz`), gzipSync(page.html));
    truth[key] = { articleBody: '', url: `https://${key}.example/` };
  }
  writeFileSync(join(setDir, 'dev', 'ground-truth.json'), JSON.stringify(truth));

  it('lists the phrases that occur in exactly one page, with file, line and page', async () => {
    const file = join(codeDir, 'rules.ts');
    expect(await findSitePhrases({ codeDirs: [codeDir], setDir })).toEqual([
      { phrase: 'copied words', file, line: 3, page: 'p3' },
      { phrase: 'markup words', file, line: 3, page: 'p2' },
      { phrase: 'only here', file, line: 3, page: 'p1' },
      { phrase: 'only here', file, line: 4, page: 'p1' },
    ]);
  });

  it('fails, naming the folder and the variable, when the set is missing', async () => {
    const missing = join(dir, 'no-such-set');
    await expect(findSitePhrases({ codeDirs: [codeDir], setDir: missing })).rejects.toThrow(
      new RegExp(`${missing}.*${SET_ENV}`),
    );
  });
});

describe('the importers', () => {
  it('hold no phrase that occurs in only one development page', async () => {
    const offenders = await findSitePhrases({
      codeDirs: [relative(process.cwd(), IMPORTER_DIR)],
      setDir: defaultSetDir(),
    });
    expect(offenders).toEqual([]);
  });
});
