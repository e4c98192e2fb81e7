// Guesses an article's language and text direction from its letters: the script settles the
// direction; the language is named only where its letters or commonest words make it plain.

export interface LanguageGuess {
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
}

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

// Letters one Arabic-script language uses and its neighbours do not (or hardly ever).
const URDU = /[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2]/gu; // ٹ ڈ ڑ ں ھ ہ ے
const PASHTO = /[\u067c\u0681\u0685\u0689\u0693\u0696\u069a\u06ab\u06bc\u06cd\u06d0]/gu; // ټ ځ څ ډ ړ ږ ښ ګ ڼ ۍ ې
const PERSIAN_OR_URDU = /[\u067e\u0686\u0698\u06af\u06a9\u06cc]/gu; // پ چ ژ گ ک ی
const ARABIC_ONLY = /[\u0629\u064a\u0643\u0649]/gu; // ة ي ك ى

/** Common short words that mark a Latin- or Cyrillic-script language. */
const STOPWORDS: [string, RegExp][] = [
  ['en', /^(?:the|and|of|to|in|is|that|for|with|was|on|are|this|it|as|be)$/],
  ['de', /^(?:der|die|und|das|ist|nicht|mit|den|ein|eine|auf|sich|für|dem|auch)$/],
  ['fr', /^(?:le|la|les|et|des|est|une|un|du|dans|pour|que|qui|pas|sur|au)$/],
  ['es', /^(?:el|la|los|las|y|que|en|del|por|con|una|para|es|se|su|al)$/],
  ['pt', /^(?:o|os|as|e|que|em|do|da|dos|das|um|uma|para|com|não|no|na)$/],
  ['it', /^(?:il|lo|gli|le|e|che|di|della|del|un|una|per|non|sono|è|nel|alla)$/],
  ['nl', /^(?:de|het|een|en|van|is|dat|op|te|niet|zijn|voor|met|ook|aan)$/],
  ['id', /^(?:yang|dan|di|ini|itu|dengan|untuk|dari|tidak|ada|dalam|akan|pada|juga)$/],
  ['ru', /^(?:и|в|не|на|что|с|по|это|как|из|к|но|за|от|его|для|она|он)$/],
];

export function guessLanguage(text: string): LanguageGuess {
  const arabicScript = count(text, /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/gu);
  const hebrew = count(text, /[\u0590-\u05ff]/gu);
  const letters = count(text, /\p{L}/gu);
  if (letters === 0) return { lang: null, dir: null };

  if (arabicScript > letters / 2) return { lang: arabicLanguage(text, arabicScript), dir: 'rtl' };
  if (hebrew > letters / 2) return { lang: 'he', dir: 'rtl' };

  const share = (re: RegExp) => count(text, re) / letters;
  if (share(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) > 0.1) return { lang: 'ja', dir: 'ltr' };
  if (share(/\p{Script=Hangul}/gu) > 0.3) return { lang: 'ko', dir: 'ltr' };
  if (share(/\p{Script=Han}/gu) > 0.5) return { lang: 'zh', dir: 'ltr' };
  if (share(/\p{Script=Thai}/gu) > 0.5) return { lang: 'th', dir: 'ltr' };
  if (share(/\p{Script=Greek}/gu) > 0.5) return { lang: 'el', dir: 'ltr' };
  if (share(/\p{Script=Devanagari}/gu) > 0.5) return { lang: null, dir: 'ltr' };
  return { lang: byCommonWords(text), dir: 'ltr' };
}

/** Urdu, Pashto, Persian or Arabic, by the letters only one of them uses; null when unclear. */
function arabicLanguage(text: string, total: number): string | null {
  const urdu = count(text, URDU);
  const pashto = count(text, PASHTO);
  const persianOrUrdu = count(text, PERSIAN_OR_URDU);
  const arabic = count(text, ARABIC_ONLY);
  const clear = (n: number) => n >= Math.max(3, total * 0.01);
  if (clear(pashto) && pashto > urdu * 0.5) return 'ps';
  if (clear(urdu) && urdu > pashto * 3) return 'ur';
  if (clear(persianOrUrdu) && urdu + pashto < persianOrUrdu * 0.05 && arabic < persianOrUrdu * 0.2)
    return 'fa';
  if (clear(arabic) && persianOrUrdu + urdu + pashto < arabic * 0.05) return 'ar';
  return null;
}

/** The language whose commonest words make up clearly the most of the text, or null. */
function byCommonWords(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  if (words.length < 20) return null;
  const scores = STOPWORDS.map(([lang, re]) => ({
    lang,
    hits: words.filter((w) => re.test(w)).length / words.length,
  })).sort((a, b) => b.hits - a.hits);
  const [first, second] = scores;
  if (!first || first.hits < 0.08) return null;
  if (second && first.hits < second.hits * 1.5) return null;
  return first.lang;
}
