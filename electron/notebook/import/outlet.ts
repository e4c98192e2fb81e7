// The outlet an article came from when its page does not name one in its metadata. Both the web
// page importer and the copied-text cleaner ask here, in the same order: the organisation a
// byline names ("By Jane Doe, Reuters News"), a byline that is an organisation itself ("By
// Sputnik International"), the masthead a copied page repeats, and last the address's host.

/** Words that make a name read as an organisation in the languages bylines are written in. */
const ORGANISATION_WORD =
  /(?:^|[\s-])(?:news|times|post|press|agency|agencia|agence|media|network|international|tribune|herald|journal|daily|gazette|radio|television|tv|broadcasting|channel|observer|chronicle|telegraph|guardian|express|dispatch|monitor|magazine|weekly|online|wire|service|nachrichten|zeitung|presse|noticias|diario)(?:$|[\s.,-])/iu;
/** A person's job beside their name is not the outlet ("Jane Doe, Senior Correspondent"). */
const ROLE_WORD =
  /\b(?:staff|writer|reporter|correspondent|editor|contributor|columnist|analyst|producer|chief|bureau|desk|senior|associate|freelance|journalist|photographer|photos?|video|updated|published)\b/iu;
/** What may stand between a byline's author and the organisation named after them. */
const BYLINE_PARTS = /\s*(?:,|\||·|•|\(|\)|\s[-–—]\s|\sfor\s|\sof\s)\s*/u;

/** An acronym standing for an agency or broadcaster ("AFP", "IANS", "BBC"). */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** Whether a short name reads as an organisation rather than a person or a place. */
export function isOrganisationName(name: string): boolean {
  const text = name.trim();
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6 || text.length > 60) return false;
  if (/\d/u.test(text) || ROLE_WORD.test(text)) return false;
  if (!/^[\p{Lu}\p{Lo}]/u.test(text)) return false;
  return ACRONYM.test(text) || ORGANISATION_WORD.test(text) || /^\S+\.[a-z]{2,3}$/iu.test(text);
}

/**
 * The organisation a byline names: the byline itself when it is one ("Sputnik International",
 * "AFP"), else a part after the author ("Jane Doe, Reuters News", "Jane Doe (AFP)").
 */
export function organisationInByline(byline: string | null | undefined): string | null {
  if (!byline) return null;
  const text = byline.replace(/^(?:\p{L}+(?:ed|en)\s+)?by\s+/iu, '').trim();
  const parts = text
    .split(BYLINE_PARTS)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 1) return isOrganisationName(text) ? text : null;
  for (const part of parts.slice(1)) if (isOrganisationName(part)) return part;
  return null;
}

/**
 * A copied page's masthead: a short line in Title Case above the headline that the page names
 * again further down as the one speaking or being followed ("Get push notifications from
 * Sputnik International", "Follow … on …", "Search …"), as printed. A topic or an author printed twice ("MacBook Pro",
 * "Molly Wood (@mollywood) is …") is not named after such a word.
 */
export function mastheadOf(lines: readonly string[], before: number): string | null {
  const top = lines.slice(0, Math.max(0, before));
  for (const candidate of top) {
    const name = candidate.trim();
    const words = name.split(/\s+/);
    if (words.length < 2 || words.length > 5 || name.length > 48) continue;
    if (!words.every((w) => /^[\p{Lu}\p{N}&]/u.test(w)) || /[.!?:;,]$|\d/u.test(name)) continue;
    const named = new RegExp(
      `(?:^|\\s)(?:[Ff]rom|[Bb]y|[Aa]t|[Ww]ith|[Aa]bout|[Ff]ollow|[Vv]isit|[Jj]oin|[Ss]earch|©)\\s+(?:[Tt]he\\s+)?${escapeRegExp(name)}(?:$|[\\s.,!?:;)])`,
      'u',
    );
    const elsewhere = lines.some(
      (line, i) => i >= before && line.length > name.length + 3 && named.test(line),
    );
    if (elsewhere) return name;
  }
  return null;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The host an article was fetched from, as readers know it ("dawn.com"), or null. */
export function hostOutlet(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    if ((protocol !== 'http:' && protocol !== 'https:') || !hostname.includes('.')) return null;
    return hostname.replace(/^www\d?\./u, '');
  } catch {
    return null;
  }
}
