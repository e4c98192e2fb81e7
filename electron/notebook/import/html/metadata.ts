// Reads an article's metadata (title, byline, outlet, date, language, URL) from a page's
// <head>, JSON-LD and markup. Runs before sanitizing, since JSON-LD sits in <script> tags;
// JSON-LD is only ever JSON.parse'd, never run.
import { metaText, textOf } from './dom';
import { findByline } from './byline';
import { dateInUrl, parseDate } from './page-dates';
import { hostOutlet, organisationInByline } from '../outlet';

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedAt: string | null;
  publishedAtSource: 'metadata' | 'url' | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  url: string | null;
  /** The article body as the publisher's JSON-LD states it (a fallback for the extractor). */
  articleBody: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export function readMetadata(document: Document, pageUrl: string | undefined): PageMetadata {
  const meta = metaTags(document);
  const ld = jsonLdArticle(document);
  const pick = (...keys: string[]) => {
    for (const key of keys) {
      const value = meta.get(key);
      if (value) return value;
    }
    return null;
  };

  // The outlet as the page states it; a web app's own name ("application-name") is not one.
  const named = clean(pick('og:site_name', 'twitter:site:name'));
  const statedSite =
    (named && !/^https?:|^www\./i.test(named) ? named : null) ??
    clean(nameOf(ld?.publisher)) ??
    named;

  const canonical =
    absoluteUrl(document.querySelector('link[rel~="canonical"]')?.getAttribute('href'), pageUrl) ??
    absoluteUrl(pick('og:url'), pageUrl) ??
    absoluteUrl(pageUrl, undefined);

  const rawTitle =
    pick('og:title', 'twitter:title', 'dc.title', 'title') ??
    str(ld?.headline) ??
    single(document, 'h1') ??
    clean(document.querySelector('title')?.textContent);
  const title = rawTitle
    ? stripSiteSuffix(metaText(rawTitle).replace(/\s+/g, ' '), statedSite, canonical)
    : null;

  const byline = findByline(document, [
    meta.get('author'),
    meta.get('article:author'),
    meta.get('dc.creator'),
    meta.get('parsely-author'),
    meta.get('sailthru.author'),
    nameOf(ld?.author),
    nameOf(ld?.creator),
  ]);
  // Unstated, the outlet is the organisation the byline names, and last the address's host.
  const siteName =
    statedSite ?? organisationInByline(byline) ?? hostOutlet(canonical ?? pageUrl ?? null);

  let publishedAt: string | null = null;
  let publishedAtSource: PageMetadata['publishedAtSource'] = null;
  const dated =
    pick(
      'article:published_time',
      'og:published_time',
      'published_time',
      'datepublished',
      'date',
      'pubdate',
      'publishdate',
      'publish-date',
      'publish_date',
      'dc.date',
      'dc.date.issued',
      'dcterms.created',
      'dcterms.date',
      'sailthru.date',
      'parsely-pub-date',
      'article.published',
      'cxenseparse:recs:publishtime',
    ) ??
    str(ld?.datePublished) ??
    attrOf(document, '[itemprop="datePublished"]', 'content', 'datetime') ??
    attrOf(document, 'time[pubdate]', 'datetime') ??
    attrOf(document, 'article time[datetime], time[datetime]', 'datetime') ??
    str(ld?.dateCreated);
  publishedAt = dated ? parseDate(dated) : null;
  if (publishedAt) publishedAtSource = 'metadata';

  if (!publishedAt) {
    const fromUrl = dateInUrl(canonical) ?? dateInUrl(pageUrl ?? null);
    if (fromUrl) {
      publishedAt = fromUrl;
      publishedAtSource = 'url';
    }
  }

  const root = document.documentElement;
  const lang =
    bcp47(root.getAttribute('lang') ?? root.getAttribute('xml:lang')) ??
    bcp47(pick('content-language', 'language', 'dc.language')) ??
    bcp47(str(ld?.inLanguage)) ??
    bcp47(pick('og:locale'));
  const dirAttr = (
    root.getAttribute('dir') ??
    document.body?.getAttribute('dir') ??
    ''
  ).toLowerCase();
  const dir = dirAttr === 'rtl' || dirAttr === 'ltr' ? dirAttr : null;

  const body = str(ld?.articleBody);
  return {
    title: title || null,
    byline,
    siteName,
    publishedAt,
    publishedAtSource,
    lang,
    dir,
    url: canonical,
    articleBody: body ? body.trim() : null,
  };
}

/** <meta> values by lower-cased name/property/itemprop/http-equiv; the first one wins. */
function metaTags(document: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const meta of document.querySelectorAll('meta')) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      for (const key of (meta.getAttribute(attr) ?? '').toLowerCase().split(/\s+/)) {
        if (key && !out.has(key)) out.set(key, content);
      }
    }
  }
  return out;
}

const ARTICLE_TYPE = /(?:Article|BlogPosting|Report|NewsArticle|Posting|Review|WebPage)$/;

/** The JSON-LD object describing the article, if any (articles win over other pages). */
function jsonLdArticle(document: Document): JsonObject | null {
  const found: JsonObject[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: Json;
    try {
      data = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue;
    }
    collect(data, found, 0);
  }
  const typed = (re: RegExp) =>
    found.find((o) => [o['@type']].flat().some((t) => typeof t === 'string' && re.test(t)));
  return typed(/Article$|BlogPosting$|Report$|Posting$/) ?? typed(ARTICLE_TYPE) ?? null;
}

function collect(data: Json, out: JsonObject[], depth: number): void {
  if (depth > 4 || data === null || typeof data !== 'object') return;
  if (Array.isArray(data)) {
    for (const item of data) collect(item, out, depth + 1);
    return;
  }
  if (data['@type']) out.push(data);
  if (data['@graph']) collect(data['@graph'], out, depth + 1);
  if (data.mainEntity) collect(data.mainEntity, out, depth + 1);
}

function str(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return str(value[0]);
  return null;
}

function nameOf(value: Json | undefined): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => !!n);
    return names.length ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') return str(value.name);
  return null;
}

function clean(value: string | null | undefined): string | null {
  const text = value ? metaText(value).replace(/\s+/g, ' ') : '';
  return text || null;
}

/** The text of the only element matching `selector`; several <h1>s say nothing. */
function single(document: Document, selector: string): string | null {
  const all = document.querySelectorAll(selector);
  return all.length === 1 ? clean(textOf(all[0]!)) : null;
}

function attrOf(document: Document, selector: string, ...attrs: string[]): string | null {
  const element = document.querySelector(selector);
  for (const attr of attrs) {
    const value = element?.getAttribute(attr)?.trim();
    if (value) return value;
  }
  return null;
}

const SEPARATOR = /\s+[|\-–—:·•»/\\]+\s+/;

/** "Headline | The Outlet" -> "Headline": drops a site name on either end of the title. */
export function stripSiteSuffix(title: string, siteName: string | null, url?: string | null) {
  const seps = [...title.matchAll(new RegExp(SEPARATOR, 'g'))];
  if (!seps.length) return title;
  const lastSep = seps[seps.length - 1]!;
  const head = title.slice(0, lastSep.index).trim();
  const tail = title.slice(lastSep.index + lastSep[0].length).trim();
  const firstSep = seps[0]!;
  const lead = title.slice(0, firstSep.index).trim();
  const rest = title.slice(firstSep.index + firstSep[0].length).trim();
  // The outlet as the page names it and as its address spells it ("newsnation.in").
  const names = [siteName, hostName(url)].map((n) => squash(n ?? '')).filter((n) => n.length > 2);
  const isSite = (part: string) => {
    const p = squash(part);
    return p.length > 2 && names.some((n) => n === p || n.includes(p) || p.includes(n));
  };
  // What is left must still read as a headline (CJK titles have no spaces to count).
  const enough = (part: string) => words(part) >= 2 || part.length >= 8;
  if (isSite(tail) && enough(head)) return head;
  if (isSite(lead) && enough(rest)) return rest;
  // Without a known site name, a short last part after " | " is the outlet's name.
  if (/\|/.test(lastSep[0]) && words(tail) <= 4 && words(head) >= 3) return head;
  return title;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function hostName(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '').replace(/\.[a-z]{2,3}(?:\.[a-z]{2})?$/, '');
  } catch {
    return null;
  }
}

function absoluteUrl(value: string | null | undefined, base: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** "en_US" -> "en-US"; anything that is not a language tag -> null. */
function bcp47(value: string | null | undefined): string | null {
  const tag = value
    ?.trim()
    .split(/[,;\s]/)[0]
    ?.replace(/_/g, '-');
  if (!tag || !/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(tag)) return null;
  // BCP 47's usual casing: "en-US", "zh-Hant-TW", "ur".
  return tag
    .split('-')
    .map((part, i) => {
      if (i === 0) return part.toLowerCase();
      if (part.length === 2) return part.toUpperCase();
      if (part.length === 4) return part[0]!.toUpperCase() + part.slice(1).toLowerCase();
      return part.toLowerCase();
    })
    .join('-');
}
