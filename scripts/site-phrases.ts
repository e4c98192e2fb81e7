// Keeps the importers' furniture rules general. The extractors recognise ads, share bars,
// "related articles" headings and the like partly by their wording, in regular expressions and
// strings. A phrase that appears on exactly one page of the extraction development set names
// that one site's feature rather than a convention of the web, and tunes the rules to that page.
// This check lists every such phrase in the importers' code with the page that holds it.
//
// What counts as a phrase in the code:
//   - a regular expression's matches, enumerated: literal characters concatenate, whitespace
//     (`\s`, `\s+`, `\s*`, ` `) becomes one space, alternations and optional parts fan out, and
//     anything that is not literal text (`.`, `\w`, `\d`, a character class, a backreference)
//     ends a phrase; `\b`, `^`, `$` and lookarounds are zero-width (a lookaround's own wording
//     is enumerated on its own). Each maximal run of literal text counts as well.
//   - a string literal or template literal part that reads like words, not like an identifier,
//     a path or a CSS selector.
// Only phrases of two words or more count. A page holds a phrase if its copied text or the
// visible text of its HTML contains it, case-insensitively and as whole words.
//
//   npx tsx scripts/site-phrases.ts [--set DIR]
//   DIR (or $DOSSIER_EXTRACTION_SET) is the set's folder, by default ../shared/bench/extraction
//   beside the project. Exits 1 when a phrase occurs in exactly one page.
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { AST, parseRegExpLiteral, visitRegExpAST } from '@eslint-community/regexpp';
import { parseHTML } from 'linkedom';
import ts from 'typescript';

export const SET_ENV = 'DOSSIER_EXTRACTION_SET';
const root = resolve(import.meta.dirname, '..');
export const IMPORTER_DIR = join(root, 'electron/notebook/import');

/** The extraction development set's folder: $DOSSIER_EXTRACTION_SET, else beside the project. */
export function defaultSetDir(): string {
  return resolve(process.env[SET_ENV] || join(root, '../shared/bench/extraction'));
}

export interface SitePhrase {
  phrase: string;
  file: string;
  line: number;
  /** The key of the one development page that holds the phrase. */
  page: string;
}

export interface CodePhrase {
  phrase: string;
  file: string;
  line: number;
}

// ---------------------------------------------------------------------------------------------
// Phrases of a regular expression

/** At most this many match sequences per regular expression; past it only literal runs count. */
export const FANOUT_CAP = 5000;

class FanOutCapHit extends Error {}

export interface RegexPhrases {
  phrases: string[];
  /** The enumeration passed FANOUT_CAP and fell back to the literal runs. */
  capped: boolean;
}

/** The phrases a regular expression literal (`/…/flags`) matches, with its literal runs. */
export function regexPhrases(literal: string): RegexPhrases {
  const ast = parseRegExpLiteral(literal, { ecmaVersion: 2025 });
  const pieces = literalRuns(ast.pattern);
  let capped = false;
  try {
    for (const node of [ast.pattern, ...lookarounds(ast.pattern)])
      pieces.push(...piecesOf(alternativesOf(node)));
  } catch (error) {
    if (!(error instanceof FanOutCapHit)) throw error;
    capped = true;
  }
  return { phrases: keepPhrases(pieces), capped };
}

/**
 * What a part of a pattern matches, as far as phrases go. A match is literal text, possibly cut
 * by breaks (where non-literal parts match). Text before a match's first break can still join
 * what comes before the part, text after its last break what comes after, and text between two
 * breaks is a finished phrase: so only unbroken text fans out when parts are put together.
 */
interface Matches {
  /** Matches without a break. */
  whole: Set<string>;
  /** Of matches with a break: the text before the first one… */
  heads: Set<string>;
  /** …the text after the last one… */
  tails: Set<string>;
  /** …and the text between breaks. */
  inner: Set<string>;
}

const literal = (text: string): Matches => ({
  whole: new Set([text]),
  heads: new Set(),
  tails: new Set(),
  inner: new Set(),
});
const BREAK: Matches = {
  whole: new Set(),
  heads: new Set(['']),
  tails: new Set(['']),
  inner: new Set(),
};

const piecesOf = (m: Matches) => [...m.whole, ...m.heads, ...m.tails, ...m.inner];

/** Every pairing of a left text with a right one, one space where two meet. */
function joined(left: Set<string>, right: Set<string>, into = new Set<string>()): Set<string> {
  if (left.size * right.size > FANOUT_CAP) throw new FanOutCapHit();
  for (const a of left) for (const b of right) into.add((a + b).replace(/ {2,}/g, ' '));
  if (into.size > FANOUT_CAP) throw new FanOutCapHit();
  return into;
}

/** One part's matches followed by another's. */
function concatenate(a: Matches, b: Matches): Matches {
  return {
    whole: joined(a.whole, b.whole),
    heads: joined(a.whole, b.heads, new Set(a.heads)),
    tails: joined(a.tails, b.whole, new Set(b.tails)),
    inner: joined(a.tails, b.heads, new Set([...a.inner, ...b.inner])),
  };
}

/** Either part's matches. */
function union(a: Matches, b: Matches): Matches {
  const merged = (x: Set<string>, y: Set<string>) => {
    const out = new Set([...x, ...y]);
    if (out.size > FANOUT_CAP) throw new FanOutCapHit();
    return out;
  };
  return {
    whole: merged(a.whole, b.whole),
    heads: merged(a.heads, b.heads),
    tails: merged(a.tails, b.tails),
    inner: merged(a.inner, b.inner),
  };
}

/** What a node with alternatives (pattern, group, lookaround) matches. */
function alternativesOf(node: { alternatives: AST.Alternative[] }): Matches {
  return node.alternatives.map((a) => sequenceOf(a.elements)).reduce(union);
}

/** What a row of elements matches: each element's matches, concatenated. */
function sequenceOf(elements: AST.Element[]): Matches {
  return elements.map(matchesOf).reduce(concatenate, literal(''));
}

/** What one element contributes to a match: literal text, a space, nothing or a break. */
function matchesOf(element: AST.Element): Matches {
  switch (element.type) {
    case 'Character':
      return literal(isSpace(element.value) ? ' ' : String.fromCodePoint(element.value));
    case 'CharacterSet':
    case 'CharacterClass':
      return isWhitespaceSet(element) ? literal(' ') : BREAK;
    case 'Assertion':
      return literal('');
    case 'Group':
    case 'CapturingGroup':
      return alternativesOf(element);
    case 'Quantifier':
      return quantified(element);
    default:
      return BREAK;
  }
}

/**
 * Whitespace, however repeated, is one space; an optional character or group is there or not;
 * `x{n,}` is n x's. Any other repeated set (`.*`, `\w+`, `[^:]{0,40}`) is a break.
 */
function quantified(q: AST.Quantifier): Matches {
  if (isWhitespaceSet(q.element)) return literal(' ');
  const once = matchesOf(q.element);
  const onlySpace =
    once.heads.size === 0 && [...once.whole].every((s) => s !== '' && s.trim() === '');
  if (onlySpace) return literal(' ');
  if (
    q.element.type !== 'Character' &&
    q.element.type !== 'Group' &&
    q.element.type !== 'CapturingGroup'
  )
    return BREAK;
  if (q.min === 0) return union(literal(''), once);
  let out = literal('');
  for (let i = 0; i < q.min; i++) out = concatenate(out, once);
  return out;
}

const isSpace = (codePoint: number) => /\s/u.test(String.fromCodePoint(codePoint));

/** `\s`, `[ \t]`: a set that only matches whitespace. */
function isWhitespaceSet(node: AST.Node): boolean {
  if (node.type === 'Character') return isSpace(node.value);
  if (node.type === 'CharacterSet') return node.kind === 'space' && !node.negate;
  if (node.type === 'CharacterClass' && !node.negate && node.elements.length > 0)
    return node.elements.every(isWhitespaceSet);
  return false;
}

/** Lookaround assertions anywhere in the pattern: their wording is enumerated on its own. */
function lookarounds(pattern: AST.Pattern): AST.LookaroundAssertion[] {
  const found: AST.LookaroundAssertion[] = [];
  visitRegExpAST(pattern, {
    onAssertionEnter(assertion) {
      if (assertion.kind === 'lookahead' || assertion.kind === 'lookbehind') found.push(assertion);
    },
  });
  return found;
}

/**
 * Each maximal run of literal text (characters, whitespace, zero-width assertions) in the
 * pattern. Where a run starts or ends inside a word (`editor'?s picks`, `e-?mail this`), the
 * broken word is left out: the enumeration has the whole forms.
 */
function literalRuns(pattern: AST.Pattern): string[] {
  const runs: string[] = [];
  visitRegExpAST(pattern, {
    onAlternativeEnter({ elements }) {
      let run = '';
      let before: AST.Element | undefined;
      elements.forEach((element, i) => {
        const text = literalText(element);
        if (text !== null) run += text;
        if (text === null || i === elements.length - 1) {
          runs.push(wholeWords(run, gluesOn(before), gluesOn(text === null ? element : undefined)));
          run = '';
          before = element;
        }
      });
    },
  });
  return runs;
}

/** Drops the first or last word of a run where the next element can continue that word. */
function wholeWords(run: string, cutStart: boolean, cutEnd: boolean): string {
  let text = run;
  if (cutStart && LETTER_OR_DIGIT.test(text[0] ?? ' ')) text = text.replace(/^\S*/, '');
  if (cutEnd && LETTER_OR_DIGIT.test(text.at(-1) ?? ' ')) text = text.replace(/\S*$/, '');
  return text;
}

/** An element that can continue a word: `s?`, `-?`, `\w+`, `[a-z]`, `.`; not `\??`. */
function gluesOn(element: AST.Element | undefined): boolean {
  if (element === undefined || isWhitespaceSet(element)) return false;
  const inner = element.type === 'Quantifier' ? element.element : element;
  if (isWhitespaceSet(inner)) return false;
  if (inner.type === 'Character')
    return /[\p{L}\p{M}\p{N}'-]/u.test(String.fromCodePoint(inner.value));
  return (
    inner.type === 'CharacterClass' ||
    inner.type === 'CharacterSet' ||
    inner.type === 'Backreference'
  );
}

/** The literal text of an element, or null where the element is not literal text. */
function literalText(element: AST.Element): string | null {
  if (element.type === 'Character')
    return isSpace(element.value) ? ' ' : String.fromCodePoint(element.value);
  if (element.type === 'Assertion') return '';
  if (isWhitespaceSet(element)) return ' ';
  if (element.type === 'Quantifier' && isWhitespaceSet(element.element)) return ' ';
  return null;
}

// ---------------------------------------------------------------------------------------------
// Phrases of strings

/** A string that reads like words: not an identifier, a path, a file name or CSS. */
export function looksLikeWording(text: string): boolean {
  if (!/\s/.test(text.trim())) return false;
  if (/[/\\[\]{}<>=#*]/.test(text)) return false;
  return !/\.(?:[cm]?[jt]sx?|json|html?|css|md)\b/i.test(text);
}

/** The phrase a string literal stands for, if it reads like words. */
export function stringPhrases(text: string): string[] {
  return looksLikeWording(text) ? keepPhrases([text]) : [];
}

// ---------------------------------------------------------------------------------------------
// Normalising and comparing phrases

const WORD = /[\p{L}\p{M}\p{N}'-]+/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;

/** Case, compatibility forms, curly apostrophes and spacing folded, as page text is. */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‛ʼ`´]/g, "'")
    .replace(/[\s\u2028\u2029]+/gu, ' ');
}

const PAIRS: Record<string, string> = { '(': ')', '[': ']', ')': '(', ']': '[' };

/** A phrase without the spaces and punctuation around it; a bracket stays if its pair does. */
function trimPhrase(text: string): string {
  let phrase = normalize(text).trim();
  const loose = (c: string | undefined) =>
    c !== undefined && !LETTER_OR_DIGIT.test(c) && !(c in PAIRS && phrase.includes(PAIRS[c]!));
  while (loose(phrase[0])) phrase = phrase.slice(1);
  while (loose(phrase.at(-1))) phrase = phrase.slice(0, -1);
  return phrase.trim();
}

/** The words of a text: letters, digits, apostrophes and hyphens, no quote marks around them. */
export const wordsOf = (text: string): string[] =>
  (text.match(WORD) ?? [])
    .map((w) => w.replace(/^['-]+|['-]+$/g, ''))
    .filter((w) => LETTER_OR_DIGIT.test(w));

function keepPhrases(pieces: string[]): string[] {
  const kept = new Set<string>();
  for (const piece of pieces) {
    const phrase = trimPhrase(piece);
    if (wordsOf(phrase).length >= 2) kept.add(phrase);
  }
  return [...kept];
}

/** Whether the character at `at` belongs to a word: a letter or digit, or an apostrophe or
 * hyphen with a letter or digit on the side away from `from` ("editor's", "opt-in"). */
function inWord(text: string, at: number, from: number): boolean {
  const c = text[at];
  if (c === undefined) return false;
  if (LETTER_OR_DIGIT.test(c)) return true;
  const beyond = text[at + (at < from ? -1 : 1)];
  return (c === "'" || c === '-') && beyond !== undefined && LETTER_OR_DIGIT.test(beyond);
}

/** Whether normalised text holds the phrase as whole words: no word runs on at either end. */
export function containsPhrase(text: string, phrase: string): boolean {
  const opensOnWord = LETTER_OR_DIGIT.test(phrase[0]!);
  const closesOnWord = LETTER_OR_DIGIT.test(phrase.at(-1)!);
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    const end = at + phrase.length;
    if (opensOnWord && inWord(text, at - 1, at)) continue;
    if (closesOnWord && inWord(text, end, end - 1)) continue;
    return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// The code

/** The importers' source files: `.ts`, not tests, not fixtures. */
async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .filter((name) => !name.split(/[/\\]/).includes('fixtures'))
    .sort()
    .map((name) => join(dir, name));
}

/** `import … from 'x'`, `export … from 'x'`, `import('x')`, `require('x')`, `declare module 'x'`. */
function isModuleSpecifier(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent))
    return parent.moduleSpecifier === node;
  if (ts.isExternalModuleReference(parent)) return true;
  if (ts.isLiteralTypeNode(parent)) return ts.isImportTypeNode(parent.parent);
  if (ts.isModuleDeclaration(parent)) return parent.name === node;
  if (ts.isCallExpression(parent)) {
    const callee = parent.expression;
    return (
      callee.kind === ts.SyntaxKind.ImportKeyword ||
      (ts.isIdentifier(callee) && callee.text === 'require')
    );
  }
  return false;
}

export interface CodeScan {
  phrases: CodePhrase[];
  warnings: string[];
}

/** Every phrase in one source file's regular expressions, strings and template parts. */
export function phrasesOfSource(file: string, source: string): CodeScan {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const phrases: CodePhrase[] = [];
  const warnings: string[] = [];
  const lineOf = (node: ts.Node) =>
    sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
  const add = (node: ts.Node, found: string[]) => {
    for (const phrase of found) phrases.push({ phrase, file, line: lineOf(node) });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      try {
        const { phrases: found, capped } = regexPhrases(node.text);
        if (capped)
          warnings.push(
            `${file}:${lineOf(node)}: over ${FANOUT_CAP} sequences; only literal runs checked`,
          );
        add(node, found);
      } catch (error) {
        warnings.push(`${file}:${lineOf(node)}: cannot parse: ${(error as Error).message}`);
      }
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (!isModuleSpecifier(node)) add(node, stringPhrases(node.text));
    } else if (ts.isTemplateExpression(node)) {
      add(node.head, stringPhrases(node.head.text));
      for (const span of node.templateSpans) add(span.literal, stringPhrases(span.literal.text));
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return { phrases, warnings };
}

async function phrasesOfDirs(codeDirs: string[]): Promise<CodeScan> {
  const files = (await Promise.all(codeDirs.map(sourceFiles))).flat();
  const scans = await Promise.all(
    files.map(async (file) => phrasesOfSource(file, await readFile(file, 'utf8'))),
  );
  return {
    phrases: scans.flatMap((s) => s.phrases),
    warnings: scans.flatMap((s) => s.warnings),
  };
}

// ---------------------------------------------------------------------------------------------
// The development pages

export interface DevPage {
  key: string;
  url: string;
  /** Normalised copied text and visible HTML text, whichever the set has. */
  texts: string[];
  /** Every word of those texts, to rule most phrases out before searching the texts. */
  words: Set<string>;
}

/** The text a reader sees: no tags, scripts, styles or noscript content; entities decoded. */
export function visibleText(html: string): string {
  // linkedom makes a fragment's first element its root; a fragment goes into a body first.
  let { document } = parseHTML(html);
  if (document.documentElement?.localName !== 'html')
    ({ document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`));
  for (const hidden of document.querySelectorAll('script, style, noscript, template'))
    hidden.remove();
  const parts: string[] = [];
  const stack: Node[] = [document.body ?? document.documentElement];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    else for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return parts.join(' ');
}

const gunzipAsync = promisify(gunzip);

async function readIfThere(file: string): Promise<string | null> {
  if (!existsSync(file)) return null;
  const bytes = await readFile(file);
  return (file.endsWith('.gz') ? await gunzipAsync(bytes) : bytes).toString('utf8');
}

/** The set's pages, keyed as in its ground truth. */
export async function loadDevSet(setDir: string): Promise<DevPage[]> {
  const dev = join(setDir, 'dev');
  const truthFile = join(dev, 'ground-truth.json');
  if (!existsSync(truthFile))
    throw new Error(
      `No extraction development set at ${setDir} (expected dev/ground-truth.json): ` +
        `set ${SET_ENV} or pass --set DIR to point at the folder.`,
    );
  const truth = JSON.parse(await readFile(truthFile, 'utf8')) as Record<string, { url?: string }>;
  return Promise.all(
    Object.entries(truth).map(async ([key, { url }]) => {
      const copied = await readIfThere(join(dev, 'text', `${key}.txt`));
      const html = await readIfThere(join(dev, 'html', `${key}.html.gz`));
      const texts = [copied, html === null ? null : visibleText(html)]
        .filter((t) => t !== null)
        .map(normalize);
      return { key, url: url ?? '', texts, words: new Set(texts.flatMap(wordsOf)) };
    }),
  );
}

/** The pages holding a phrase, stopping at two: only "exactly one" matters. */
function pagesHolding(phrase: string, pages: DevPage[]): string[] {
  const words = wordsOf(phrase);
  const holding: string[] = [];
  for (const page of pages) {
    if (!words.every((w) => page.words.has(w))) continue;
    if (page.texts.some((text) => containsPhrase(text, phrase))) holding.push(page.key);
    if (holding.length === 2) break;
  }
  return holding;
}

// ---------------------------------------------------------------------------------------------
// The check

export interface FindOptions {
  codeDirs: string[];
  setDir: string;
  /** Told of regular expressions that could not be enumerated in full or parsed. */
  onWarning?: (message: string) => void;
}

/** The phrases in the code that occur in exactly one development page, by file and line. */
export async function findSitePhrases(options: FindOptions): Promise<SitePhrase[]> {
  const [code, pages] = await Promise.all([
    phrasesOfDirs(options.codeDirs),
    loadDevSet(options.setDir),
  ]);
  for (const warning of code.warnings) options.onWarning?.(warning);
  const pageOf = new Map<string, string | null>();
  for (const { phrase } of code.phrases) {
    if (pageOf.has(phrase)) continue;
    const holding = pagesHolding(phrase, pages);
    pageOf.set(phrase, holding.length === 1 ? holding[0]! : null);
  }
  const seen = new Set<string>();
  const offenders: SitePhrase[] = [];
  for (const found of code.phrases) {
    const page = pageOf.get(found.phrase);
    const id = `${found.file}:${found.line}:${found.phrase}`;
    if (!page || seen.has(id)) continue;
    seen.add(id);
    offenders.push({ ...found, page });
  }
  return offenders.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.phrase.localeCompare(b.phrase),
  );
}

// ---------------------------------------------------------------------------------------------
// Command line

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { set: { type: 'string' } } });
  const setDir = values.set ? resolve(values.set) : defaultSetDir();
  const started = performance.now();
  let offenders: SitePhrase[];
  try {
    offenders = await findSitePhrases({
      codeDirs: [relative(process.cwd(), IMPORTER_DIR) || '.'],
      setDir,
      onWarning: (message) => console.warn(`warning: ${message}`),
    });
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const urls = await pageUrls(setDir);
  for (const o of offenders)
    console.log(`${o.file}:${o.line}  "${o.phrase}"  page ${o.page} (${hostOf(urls[o.page])})`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${offenders.length} phrase${offenders.length === 1 ? '' : 's'} found in only one of ` +
      `${Object.keys(urls).length} development pages (${seconds} s).`,
  );
  return offenders.length ? 1 : 0;
}

async function pageUrls(setDir: string): Promise<Record<string, string>> {
  const truthFile = join(setDir, 'dev', 'ground-truth.json');
  const truth = JSON.parse(await readFile(truthFile, 'utf8')) as Record<string, { url?: string }>;
  return Object.fromEntries(Object.entries(truth).map(([key, { url }]) => [key, url ?? '']));
}

function hostOf(url: string | undefined): string {
  try {
    return new URL(url ?? '').hostname;
  } catch {
    return '?';
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}
