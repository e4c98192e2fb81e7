// Every size and length cap Dossier applies, defined once: the contract refuses input past
// them, and the importers, bundle reader and hosts check the same numbers.

const MB = 1024 * 1024;

// ---- text the analyst types or edits (characters, UTF-16 code units as JavaScript counts) ----

/** An article's title. */
export const MAX_TITLE_CHARS = 1_000;
/** An article's author line. */
export const MAX_BYLINE_CHARS = 500;
/** Why a source was graded as it was. */
export const MAX_RELIABILITY_REASON_CHARS = 2_000;
/** The outlet or site an article came from. */
export const MAX_SOURCE_CHARS = 500;
/** A web address; longer ones are not addresses a person pastes. */
export const MAX_URL_CHARS = 8_192;
/** A file name, as file systems allow. */
export const MAX_FILE_NAME_CHARS = 255;
/** A MIME type as a host reports it. */
export const MAX_CONTENT_TYPE_CHARS = 255;
/** A BCP 47 language tag (RFC 5646 asks implementations to take at least 35). */
export const MAX_LANGUAGE_TAG_CHARS = 35;
/** The note on one highlight (Markdown). */
export const MAX_HIGHLIGHT_NOTE_CHARS = 1_000_000;
/** The note on one article (Markdown). */
export const MAX_ARTICLE_NOTE_CHARS = 1_000_000;
/** A notebook note's title and body. */
export const MAX_NOTE_TITLE_CHARS = 500;
export const MAX_NOTE_BODY_CHARS = 1_000_000;
/** An ACH matrix: its question, a hypothesis, a typed argument; and how large one may grow. */
export const MAX_ACH_QUESTION_CHARS = 1_000;
export const MAX_ACH_HYPOTHESIS_CHARS = 500;
export const MAX_ACH_ARGUMENT_CHARS = 10_000;
export const MAX_ACH_HYPOTHESES = 20;
export const MAX_ACH_EVIDENCE = 500;
/** An entity's name or alias, and how many aliases one may have. */
export const MAX_ENTITY_NAME_CHARS = 200;
export const MAX_ENTITY_ALIASES = 100;
/** A tag's whole path (`Actors/TTP`). */
export const MAX_TAG_NAME_CHARS = 200;
/** What a highlight colour means. */
export const MAX_COLOR_MEANING_CHARS = 60;
/** Pasted text, and the new text of a revised article. */
export const MAX_ARTICLE_TEXT_CHARS = 50_000_000;
/** A search query. */
export const MAX_SEARCH_QUERY_CHARS = 1_000;
/** Search hits or quotation rows in one page. */
export const MAX_SEARCH_LIMIT = 500;
export const MAX_QUOTATION_PAGE = 5_000;
/** Highlights one bulk change (recolour, tag, untag) or one "export these" may name. */
export const MAX_BULK_HIGHLIGHTS = 100_000;
/** Any id (article, highlight, tag, note, notice). */
export const MAX_ID_CHARS = 64;

// ---- how many things one call may name ----

/** Articles named in one export's scope. */
export const MAX_EXPORT_ARTICLES = 100_000;
/** Tags named in one export's scope. */
export const MAX_EXPORT_TAGS = 500;
/** Tags on one highlight. */
export const MAX_TAGS_PER_HIGHLIGHT = 200;
/** Highlights looked up in one call (a note quoting them). */
export const MAX_HIGHLIGHT_LOOKUP = 500;
/** Files one folder import lists; past it the rest of the folder is left alone. */
export const MAX_FOLDER_FILES = 5_000;

// ---- bytes ----

/** One imported source file. */
export const MAX_IMPORT_BYTES = 50 * MB;
/**
 * A notebook bundle (.dossier). A bundle travels to the core as base64 inside one string, and
 * a V8 string stops just short of 512 M characters, which is 384 MB as base64: a little under.
 */
export const MAX_BUNDLE_BYTES = 360 * MB;
/** Everything in a bundle, unpacked. */
export const MAX_BUNDLE_UNPACKED_BYTES = 2 * 1024 * MB;
/** Articles in one bundle; with their originals that stays inside a plain (non-ZIP64) zip. */
export const MAX_BUNDLE_ARTICLES = 25_000;
/** A bundle's manifest (about 150 bytes per file it lists). */
export const MAX_BUNDLE_MANIFEST_BYTES = 16 * MB;
/** Parts of a Word document; a document has a few dozen, thousands is a crafted file. */
export const MAX_DOCX_PARTS = 5_000;
/** The largest Word part unpacked: a 1,000-page report's document.xml is a few tens of MB. */
export const MAX_DOCX_PART_BYTES = 128 * MB;
/** All parts of a Word document together, unpacked. */
export const MAX_DOCX_UNPACKED_BYTES = 512 * MB;
/**
 * Unpacked-to-packed ratio past which a zip entry over 1 MB is taken for a bomb: deflate tops
 * out near 1032:1, real XML and JSON compress 5-30:1, images and PDFs about 1:1.
 */
export const MAX_ZIP_RATIO = 200;
/** Pages of an imported PDF: one declaring more is refused rather than read for minutes. */
export const MAX_PDF_PAGES = 5_000;
/** A request to the browser host: a 50 MB source as base64 (4/3 of it) inside JSON. */
export const MAX_REQUEST_BYTES = 72 * MB;

/** How long a base64 string of `bytes` bytes is. */
export const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4;

/** `384 MB`, `50 MB`: a cap as a person reads it. */
export const megabytes = (bytes: number) => `${Math.round(bytes / MB)} MB`;

/** Larger notebook JSON files (library.json, an article file) are damage, not notebooks. */
export const MAX_NOTEBOOK_FILE_BYTES = 256 * MB;
