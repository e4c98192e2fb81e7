// The PDF brief's fonts (Noto Sans, Amiri for Arabic script, Noto Emoji, embedded from the
// installed TTFs: no network) and the split of text into runs by script, each in the font that
// has it. Amiri draws every Arabic and Urdu letter as its own glyph, so the text extracted from
// the PDF gives back exactly the letters written (a font that builds dotted letters from a
// shared dotless body plus dots maps ب and ن to one glyph, and copy/search then return ن).
import { createRequire } from 'node:module';

// Not named `require`: the bundler declares its own in the main-process output.
const fontRequire = createRequire(import.meta.url);
/** `NotoSans_700Bold.ttf` sits in the package's `700Bold/` folder. */
const ttf = (family: string, file: string) =>
  fontRequire.resolve(
    `@expo-google-fonts/${family}/${file.replace(/^[^_]+_|\.ttf$/g, '')}/${file}`,
  );

export const FONT_FILES = {
  sans: ttf('noto-sans', 'NotoSans_400Regular.ttf'),
  'sans-bold': ttf('noto-sans', 'NotoSans_700Bold.ttf'),
  'sans-italic': ttf('noto-sans', 'NotoSans_400Regular_Italic.ttf'),
  'sans-bold-italic': ttf('noto-sans', 'NotoSans_700Bold_Italic.ttf'),
  naskh: ttf('amiri', 'Amiri_400Regular.ttf'),
  'naskh-bold': ttf('amiri', 'Amiri_700Bold.ttf'),
  emoji: ttf('noto-emoji', 'NotoEmoji_400Regular.ttf'),
} as const;
export type FontName = keyof typeof FONT_FILES;

export type Script = 'latin' | 'arabic' | 'emoji';

export interface Run {
  text: string;
  script: Script;
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u{1F3FB}-\u{1F3FF}]|\u20E3/u;
/** Joiners and selectors belong to the emoji they sit in. */
const EMOJI_GLUE = /\u200D|\uFE0E|\uFE0F|[\u{E0020}-\u{E007F}]/u;
const NEUTRAL = /[\s\p{P}\p{S}\p{N}]/u;

function scriptOf(ch: string): Script | null {
  if (EMOJI.test(ch)) return 'emoji';
  if (ARABIC.test(ch)) return 'arabic';
  if (NEUTRAL.test(ch)) return null;
  return 'latin';
}

/**
 * Splits text into runs of one script. Spaces, digits and punctuation join the run before
 * them (or the first run when they lead), so words are only split where the font must change.
 */
export function scriptRuns(text: string): Run[] {
  const runs: Run[] = [];
  let pending = '';
  for (const ch of text) {
    const last = runs[runs.length - 1];
    let script = scriptOf(ch);
    if (!script && EMOJI_GLUE.test(ch) && last?.script === 'emoji') script = 'emoji';
    if (!script) {
      // The emoji font's spaces are wide: what follows an emoji waits for the next run.
      if (last && last.script !== 'emoji') last.text += ch;
      else pending += ch;
      continue;
    }
    if (last?.script === script) last.text += ch;
    else runs.push({ text: pending + ch, script });
    pending = '';
  }
  if (pending) runs.push({ text: pending, script: 'latin' });
  return runs;
}

export function fontFor(script: Script, style: { bold?: boolean; italic?: boolean }): FontName {
  if (script === 'emoji') return 'emoji';
  // Arabic script has no italic; a slanted Naskh would be a fake.
  if (script === 'arabic') return style.bold ? 'naskh-bold' : 'naskh';
  if (style.bold && style.italic) return 'sans-bold-italic';
  return style.bold ? 'sans-bold' : style.italic ? 'sans-italic' : 'sans';
}
