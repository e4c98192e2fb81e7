// Language and direction from the letters of a text: Urdu, Pashto, Persian and Arabic told
// apart by the letters only each uses; other languages named only when plain.
import { describe, expect, it } from 'vitest';
import { guessLanguage } from './language';

describe('guessLanguage', () => {
  it.each([
    [
      'ur',
      'حکومت نے کالعدم تنظیم کی پیشکش مسترد کر دی ہے اور عسکریت پسندوں سے ہتھیار ڈالنے کا کہا ہے۔',
    ],
    [
      'ps',
      'حکومت د طالبانو سره د خبرو وړاندیز رد کړ او ویې ویل چې ښځو ته به د زده کړې اجازه ورکړي.',
    ],
    [
      'fa',
      'دولت پیشنهاد گفتگو را رد کرد و گفت که این گروه باید سلاح خود را زمین بگذارد و تسلیم شود.',
    ],
    [
      'ar',
      'رفضت الحكومة عرض الحركة باستئناف المحادثات وطالبت المسلحين بإلقاء السلاح والاستسلام للسلطات.',
    ],
  ])('tells %s from the other Arabic-script languages', (lang, text) => {
    expect(guessLanguage(text)).toEqual({ lang, dir: 'rtl' });
  });

  it('names a language only when its letters or common words make it plain', () => {
    expect(
      guessLanguage(
        'The river rose two metres overnight and the people of the valley were moved to the camps in the town that is near.',
      ),
    ).toEqual({ lang: 'en', dir: 'ltr' });
    expect(guessLanguage('Swat floods 2024')).toEqual({ lang: null, dir: 'ltr' });
    expect(guessLanguage('2024 — 12:30')).toEqual({ lang: null, dir: null });
    expect(guessLanguage('سلام')).toEqual({ lang: null, dir: 'rtl' });
  });
});
