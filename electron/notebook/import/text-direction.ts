// Reading direction of an imported text: from its language tag when known, else from which
// script its letters are mostly in (this corpus mixes English with Urdu, Pashto and Arabic).

const RTL_LANGS = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'ks',
  'ku',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);

export function textDirection(lang: string | null, text: string): 'ltr' | 'rtl' | null {
  const primary = lang?.toLowerCase().split(/[-_]/)[0];
  if (primary) return RTL_LANGS.has(primary) ? 'rtl' : 'ltr';
  const sample = text.slice(0, 20000);
  const rtl = sample.match(
    /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/gu,
  );
  const letters = sample.match(/\p{L}/gu);
  if (!letters) return null;
  return (rtl?.length ?? 0) > letters.length / 2 ? 'rtl' : 'ltr';
}
