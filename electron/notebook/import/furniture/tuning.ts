// The cleaners' tunable numbers, in one place. `npm run bench:extract` fits them by
// cross-validation over the extraction development set (chosen on some pages, scored on
// others), so the defaults here are the ones that held up on pages they were not fitted on.

export interface HtmlTuning {
  /** A class hint inside the article marks furniture only on an element with less than this share of its text. */
  hintedShare: number;
  /** Text by a picture, short of this many words, is its caption. */
  captionWords: number;
  /** A paragraph at least this much link is a promo for another page. */
  linkParagraphShare: number;
  /** A closing heading ("Related") ends the article only past this share of its text… */
  tailAfterShare: number;
  /** …and with less than this share of prose below it. */
  tailProseBelowShare: number;
  /** Linked list items after the last paragraph, at least this much link, are more stories. */
  trailingListLinkShare: number;
  /** When the refined article keeps less than this share of Readability's, Readability's stands. */
  safetyNetShare: number;
}

export interface TextTuning {
  /** What a heading that opens the lists after an article costs the article's stretch. */
  tailCost: number;
  /** What a date or byline line between paragraphs costs (the mark of a list of teasers). */
  metaCost: number;
  /** What a furniture line costs. */
  furnitureCost: number;
  /** What a short line the page prints more than once costs. */
  repeatCost: number;
  /** A paragraph earns its words less this many (one-sentence teasers earn little). */
  teaserWords: number;
  /** What any other short line costs per word (up to 20 words)… */
  labelWordCost: number;
  /** …plus this much. */
  labelCost: number;
  /** After this many lines without prose, every further line costs more… */
  gapLines: number;
  /** …by this share per line. */
  gapGrowth: number;
  /** A run of at least this many headline-like lines without prose is a list of other stories. */
  headlineRun: number;
  /** A line of this many words or more is running prose even without a full stop at its end. */
  longLineWords: number;
}

export interface Tuning {
  html: HtmlTuning;
  text: TextTuning;
}

export const TUNING: Tuning = {
  html: {
    hintedShare: 0.4,
    captionWords: 25,
    linkParagraphShare: 0.9,
    tailAfterShare: 0.5,
    tailProseBelowShare: 0.2,
    trailingListLinkShare: 0.3,
    safetyNetShare: 0.5,
  },
  text: {
    tailCost: 20,
    metaCost: 20,
    furnitureCost: 3,
    repeatCost: 5,
    teaserWords: 6,
    labelWordCost: 0.4,
    labelCost: 2,
    gapLines: 8,
    gapGrowth: 0.1,
    headlineRun: 4,
    longLineWords: 20,
  },
};
