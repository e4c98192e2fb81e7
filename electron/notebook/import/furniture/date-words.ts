// The one place date words live: month and weekday names, the words that label a date as an
// update or a publication, time-zone abbreviations and the small words a date line carries, in
// the languages Dossier's sources are written in. Every extractor that reads or strips a date
// (import/dates, html/page-dates, the page-furniture patterns, search's date: filter, entity
// spans) builds what it needs from these lists instead of keeping its own. Data only: general
// words of each language, no site's own wording.

/** The languages whose date words are known, by ISO 639-1 code. */
export type DateLanguage =
  | 'en'
  | 'de'
  | 'fr'
  | 'es'
  | 'pt'
  | 'it'
  | 'nl'
  | 'id'
  | 'ro'
  | 'pl'
  | 'uk'
  | 'ru'
  | 'tr'
  | 'ur'
  | 'ps'
  | 'ar'
  | 'fa';

/** One language's date words, all lower case. */
export interface LanguageDateWords {
  /** Twelve entries, January first: the month's names (the full name first, then other forms). */
  months: readonly (readonly string[])[];
  /** Seven entries, Monday first, or none where the weekdays are not known. */
  weekdays: readonly (readonly string[])[];
  /** Words that call a date a revision: "updated", "modified". */
  updated: readonly string[];
  /** Words that call a date the publication: "published", "posted", "date". */
  published: readonly string[];
}

/** Space-separated names, one string per month or weekday. */
const names = (...each: string[]): string[][] => each.map((s) => s.split(' '));

export const DATE_WORDS: Readonly<Record<DateLanguage, LanguageDateWords>> = {
  en: {
    months: names(
      'january jan',
      'february feb',
      'march mar',
      'april apr',
      'may',
      'june jun',
      'july jul',
      'august aug',
      'september sep sept',
      'october oct',
      'november nov',
      'december dec',
    ),
    weekdays: names(
      'monday mon',
      'tuesday tue tues',
      'wednesday wed',
      'thursday thu thur thurs',
      'friday fri',
      'saturday sat',
      'sunday sun',
    ),
    updated: ['updated', 'modified', 'edited'],
    published: ['published', 'posted', 'publish date', 'date', 'created'],
  },
  de: {
    months: names(
      'januar jänner jan',
      'februar feb',
      'märz maerz mär mrz',
      'april apr',
      'mai',
      'juni',
      'juli',
      'august aug',
      'september sep sept',
      'oktober okt',
      'november nov',
      'dezember dez',
    ),
    weekdays: names(
      'montag',
      'dienstag',
      'mittwoch',
      'donnerstag',
      'freitag',
      'samstag sonnabend',
      'sonntag',
    ),
    updated: ['aktualisiert'],
    published: ['publiziert', 'veröffentlicht'],
  },
  fr: {
    months: names(
      'janvier janv',
      'février fevrier févr fevr',
      'mars',
      'avril avr',
      'mai',
      'juin',
      'juillet juil',
      'août aout',
      'septembre sept',
      'octobre oct',
      'novembre nov',
      'décembre decembre déc',
    ),
    weekdays: names('lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'),
    updated: ['mis à jour', 'mise à jour'],
    published: ['publié'],
  },
  es: {
    months: names(
      'enero ene',
      'febrero feb',
      'marzo mar',
      'abril abr',
      'mayo',
      'junio jun',
      'julio jul',
      'agosto ago',
      'septiembre setiembre sep sept',
      'octubre oct',
      'noviembre nov',
      'diciembre dic',
    ),
    weekdays: names(
      'lunes',
      'martes',
      'miércoles miercoles',
      'jueves',
      'viernes',
      'sábado sabado',
      'domingo',
    ),
    updated: ['actualizado', 'actualizada'],
    published: ['publicado', 'publicada'],
  },
  pt: {
    months: names(
      'janeiro jan',
      'fevereiro fev',
      'março marco mar',
      'abril abr',
      'maio mai',
      'junho jun',
      'julho jul',
      'agosto ago',
      'setembro set',
      'outubro out',
      'novembro nov',
      'dezembro dez',
    ),
    weekdays: names(
      'segunda-feira segunda',
      'terça-feira terca-feira terça terca',
      'quarta-feira quarta',
      'quinta-feira quinta',
      'sexta-feira sexta',
      'sábado sabado',
      'domingo',
    ),
    updated: ['atualizado', 'atualizada'],
    published: ['publicado', 'publicada'],
  },
  it: {
    months: names(
      'gennaio gen',
      'febbraio feb',
      'marzo mar',
      'aprile apr',
      'maggio mag',
      'giugno giu',
      'luglio lug',
      'agosto ago',
      'settembre set',
      'ottobre ott',
      'novembre nov',
      'dicembre dic',
    ),
    weekdays: names(
      'lunedì lunedi',
      'martedì martedi',
      'mercoledì mercoledi',
      'giovedì giovedi',
      'venerdì venerdi',
      'sabato',
      'domenica',
    ),
    updated: ['aggiornato', 'aggiornata'],
    published: ['pubblicato', 'pubblicata'],
  },
  nl: {
    months: names(
      'januari jan',
      'februari feb',
      'maart mrt',
      'april apr',
      'mei',
      'juni jun',
      'juli jul',
      'augustus aug',
      'september sep',
      'oktober okt',
      'november nov',
      'december dec',
    ),
    weekdays: names('maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'),
    updated: ['bijgewerkt'],
    published: ['gepubliceerd'],
  },
  id: {
    months: names(
      'januari jan',
      'februari feb',
      'maret mar',
      'april apr',
      'mei',
      'juni jun',
      'juli jul',
      'agustus agu agt',
      'september sep',
      'oktober okt',
      'november nov',
      'desember des',
    ),
    weekdays: names('senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu'),
    updated: ['diperbarui'],
    published: ['diterbitkan'],
  },
  ro: {
    months: names(
      'ianuarie',
      'februarie',
      'martie',
      'aprilie',
      'mai',
      'iunie',
      'iulie',
      'august',
      'septembrie',
      'octombrie',
      'noiembrie',
      'decembrie',
    ),
    weekdays: names(
      'luni',
      'marți marţi marti',
      'miercuri',
      'joi',
      'vineri',
      'sâmbătă sîmbătă sambata',
      'duminică duminica',
    ),
    updated: ['actualizat'],
    published: ['publicat'],
  },
  pl: {
    // Genitive, as dates are written: "30 listopada 2018".
    months: names(
      'stycznia',
      'lutego',
      'marca',
      'kwietnia',
      'maja',
      'czerwca',
      'lipca',
      'sierpnia',
      'września',
      'października',
      'listopada',
      'grudnia',
    ),
    weekdays: names('poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela'),
    updated: ['zaktualizowano'],
    published: ['opublikowano'],
  },
  uk: {
    // Genitive, as dates are written: "11 жовтня 2018".
    months: names(
      'січня',
      'лютого',
      'березня',
      'квітня',
      'травня',
      'червня',
      'липня',
      'серпня',
      'вересня',
      'жовтня',
      'листопада',
      'грудня',
    ),
    weekdays: names(
      'понеділок',
      'вівторок',
      'середа',
      'четвер',
      "п'ятниця пʼятниця п’ятниця",
      'субота',
      'неділя',
    ),
    updated: ['оновлено'],
    published: ['опубліковано'],
  },
  ru: {
    // Nominative, genitive ("11 октября 2018"), abbreviations.
    months: names(
      'январь января янв',
      'февраль февраля фев',
      'март марта мар',
      'апрель апреля апр',
      'май мая',
      'июнь июня июн',
      'июль июля июл',
      'август августа авг',
      'сентябрь сентября сен сент',
      'октябрь октября окт',
      'ноябрь ноября нояб ноя',
      'декабрь декабря дек',
    ),
    weekdays: names(
      'понедельник',
      'вторник',
      'среда',
      'четверг',
      'пятница',
      'суббота',
      'воскресенье',
    ),
    updated: ['обновлено'],
    published: ['опубликовано'],
  },
  tr: {
    // With the dotless forms written without Turkish letters ("KASIM" lowercases to "kasim").
    months: names(
      'ocak',
      'şubat subat',
      'mart',
      'nisan',
      'mayıs mayis',
      'haziran',
      'temmuz',
      'ağustos agustos',
      'eylül eylul',
      'ekim',
      'kasım kasim',
      'aralık aralik',
    ),
    weekdays: names(
      'pazartesi',
      'salı sali',
      'çarşamba carsamba',
      'perşembe persembe',
      'cuma',
      'cumartesi',
      'pazar',
    ),
    updated: ['güncellendi', 'güncelleme'],
    published: ['yayınlandı', 'yayınlanma'],
  },
  ur: {
    months: names(
      'جنوری',
      'فروری',
      'مارچ',
      'اپریل',
      'مئی',
      'جون',
      'جولائی',
      'اگست',
      'ستمبر',
      'اکتوبر',
      'نومبر',
      'دسمبر',
    ),
    weekdays: names('پیر سوموار', 'منگل', 'بدھ', 'جمعرات', 'جمعہ', 'ہفتہ', 'اتوار'),
    updated: ['اپ ڈیٹ', 'اپڈیٹ'],
    published: ['شائع', 'اشاعت', 'تاریخ'],
  },
  ps: {
    months: names(
      'جنوري',
      'فبروري',
      'مارچ',
      'اپرېل',
      'مۍ',
      'جون',
      'جولای',
      'اګست',
      'سپتمبر',
      'اکتوبر',
      'نومبر',
      'ډسمبر',
    ),
    weekdays: [],
    updated: [],
    published: [],
  },
  ar: {
    months: names(
      'يناير',
      'فبراير',
      'مارس',
      'أبريل ابريل إبريل',
      'مايو',
      'يونيو',
      'يوليو',
      'أغسطس اغسطس',
      'سبتمبر',
      'أكتوبر اكتوبر',
      'نوفمبر',
      'ديسمبر',
    ),
    weekdays: names(
      'الاثنين الإثنين',
      'الثلاثاء',
      'الأربعاء الاربعاء',
      'الخميس',
      'الجمعة',
      'السبت',
      'الأحد الاحد',
    ),
    updated: ['تحديث'],
    published: ['نشر'],
  },
  fa: {
    months: names(
      'ژانویه',
      'فوریه',
      'مارس',
      'آوریل',
      'مه مایو',
      'ژوئن',
      'ژوئیه',
      'اوت',
      'سپتامبر',
      'اکتبر',
      'نوامبر',
      'دسامبر',
    ),
    weekdays: names('دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه پنج‌شنبه', 'جمعه', 'شنبه', 'یکشنبه'),
    updated: ['به‌روزرسانی', 'بروزرسانی'],
    published: ['منتشر', 'تاریخ'],
  },
};

export const DATE_LANGUAGES = Object.keys(DATE_WORDS) as DateLanguage[];

/**
 * Time zones as date lines abbreviate them (upper case). Any one to three capitals and a T
 * ("EST", "CEST") is taken for a zone as well.
 */
export const TIME_ZONES: readonly string[] = [
  'UTC',
  'GMT',
  'IST',
  'PKT',
  'AST',
  'CET',
  'CEST',
  'BST',
  'AEDT',
  'AEST',
  'EST',
  'EDT',
  'PST',
  'PDT',
  'MSK',
  'WIB',
];

/**
 * The small words a date line carries besides the date, its weekday and its time: "at", "on",
 * "de", "às", the "feira" of "sexta feira". (a.m. and p.m. are matched by `DATE_FILLER`.)
 */
export const FILLER_WORDS: readonly string[] = [
  'at',
  'on',
  'de',
  'às',
  'à',
  'um',
  'le',
  'am',
  'el',
  'del',
  'of',
  'the',
  'h',
  'hrs',
  'ist',
  'feira',
];

/** English month names as shown to the analyst ("January"), January first. */
export const ENGLISH_MONTHS: readonly string[] = DATE_WORDS.en.months.map(
  ([name]) => name!.charAt(0).toUpperCase() + name!.slice(1),
);

const byMonth = new Map<string, number>();
const byWeekday = new Map<string, number>();
for (const language of DATE_LANGUAGES) {
  const { months, weekdays } = DATE_WORDS[language];
  months.forEach((forms, i) => forms.forEach((name) => byMonth.set(name, i + 1)));
  weekdays.forEach((forms, i) => forms.forEach((name) => byWeekday.set(name, i + 1)));
}

/** Every month name of every language, lower case, with its month (1 January … 12 December). */
export const MONTHS_BY_NAME: ReadonlyMap<string, number> = byMonth;

const plain = (word: string) => word.toLowerCase().replace(/\.$/u, '');

/** The month (1–12) a month name or abbreviation stands for, in any language; 0 if none. */
export function monthNumber(word: string): number {
  return byMonth.get(plain(word)) ?? 0;
}

/** The weekday (1 Monday … 7 Sunday) a weekday name stands for, in any language; 0 if none. */
export function weekdayNumber(word: string): number {
  return byWeekday.get(plain(word)) ?? 0;
}

export function isWeekday(word: string): boolean {
  return weekdayNumber(word) > 0;
}

/** A word for regex source: special characters escaped, a space standing for any spacing. */
const escape = (word: string) =>
  word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+');

/** A non-capturing alternation of the words, longest first so no name stops short. */
const alternation = (words: Iterable<string>) =>
  `(?:${[...new Set(words)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .map(escape)
    .join('|')})`;

/** Before a date word: neither a letter nor a digit (use with the `u` flag). */
export const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
/** After a date word: not a letter (use with the `u` flag). */
export const NOT_LETTER_AFTER = '(?![\\p{L}\\p{M}])';

/**
 * Regex source for any month name or abbreviation of any language, longest first, as a
 * non-capturing group without boundaries or the abbreviation's dot (use with the `iu` flags).
 */
export const MONTH_SOURCE = alternation(byMonth.keys());
/** `MONTH_SOURCE` as a whole word: not inside a longer word (use with the `iu` flags). */
export const MONTH_WORD_SOURCE = `${NOT_LETTER_BEFORE}${MONTH_SOURCE}${NOT_LETTER_AFTER}`;

/** Regex source for any weekday name or abbreviation, like `MONTH_SOURCE`. */
export const WEEKDAY_SOURCE = alternation(byWeekday.keys());
/** `WEEKDAY_SOURCE` as a whole word (use with the `iu` flags). */
export const WEEKDAY_WORD_SOURCE = `${NOT_LETTER_BEFORE}${WEEKDAY_SOURCE}${NOT_LETTER_AFTER}`;

/** Regex source for the words that call a date an update, in every language (no boundaries). */
export const UPDATED_SOURCE = alternation(DATE_LANGUAGES.flatMap((l) => DATE_WORDS[l].updated));
/** Regex source for the words that call a date the publication, in every language. */
export const PUBLISHED_SOURCE = alternation(DATE_LANGUAGES.flatMap((l) => DATE_WORDS[l].published));

/**
 * A text that has an "updated" word somewhere in it, in any language. Not bounded by words:
 * "Last updated:", "aktualisiert am", "اپڈیٹ" all match.
 */
export const UPDATED_WORDS = new RegExp(UPDATED_SOURCE, 'iu');
/**
 * A text that has a "published" word somewhere in it. Not bounded by words, so "date" matches
 * inside "updated" too: test `UPDATED_WORDS` first.
 */
export const PUBLISHED_WORDS = new RegExp(PUBLISHED_SOURCE, 'iu');

/** A whole word that is a time zone ("PKT", "CEST"); case matters: "est" is not one. */
export const TIME_ZONE = new RegExp(`^(?:[A-Z]{1,3}T|${alternation(TIME_ZONES)})$`, 'u');

/** A whole word that is one of a date line's small words, or a.m./p.m. */
export const DATE_FILLER = new RegExp(`^(?:[ap]\\.?m\\.?|${alternation(FILLER_WORDS)})$`, 'iu');

/** The month and weekday names (and abbreviations) of the given languages, lower case. */
export function calendarWords(languages: readonly DateLanguage[] = DATE_LANGUAGES): Set<string> {
  const words = new Set<string>();
  for (const language of languages) {
    const { months, weekdays } = DATE_WORDS[language];
    for (const forms of [...months, ...weekdays]) for (const name of forms) words.add(name);
  }
  return words;
}
