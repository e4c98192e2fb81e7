// The quick filters of the Quotations view write into the query text, so what the table shows is
// always what the filter box says: `tag:"Actors/Afghan Taliban"`, `colour:yellow`.

export type QuickField = 'tag' | 'colour';

/** A filter term as the query language spells it, the value quoted when it holds a space. */
export function filterTerm(field: QuickField, value: string): string {
  const bare = /^[^\s"()]+$/.test(value) && !/^(OR|AND|NOT)$/.test(value);
  return `${field}:${bare ? value : `"${value.replace(/"/g, '')}"`}`;
}

/** Whether the query already holds this term (as a whole word, in any case, not negated). */
export function hasTerm(query: string, term: string): boolean {
  return termPattern(term).test(query);
}

/** The query with the term added at the end (once), or taken out when it is there. */
export function toggleTerm(query: string, term: string): string {
  let rest = query;
  for (let found = termPattern(term).exec(rest); found; found = termPattern(term).exec(rest)) {
    // As the query spells it, so the operators beside it are matched as written (upper case).
    const t = escape(found[0].slice(found[1]!.length));
    // The operator joining it to a neighbour goes with it: `a OR term` leaves `a`.
    const before = new RegExp(`\\s+(?:OR|AND)\\s+${t}(?=$|[\\s)])`);
    const after = new RegExp(`(^|[\\s(])${t}\\s+(?:OR|AND)(?=\\s)`);
    if (before.test(rest)) rest = rest.replace(before, '');
    else if (after.test(rest)) rest = rest.replace(after, '$1');
    else rest = rest.replace(termPattern(term), '$1');
    if (rest === query) break;
  }
  if (rest !== query) {
    return rest.replace(/\s+/g, ' ').replace(/\(\s+/g, '(').replace(/\s+\)/g, ')').trim();
  }
  const kept = query.trim();
  return kept ? `${kept} ${term}` : term;
}

function termPattern(term: string): RegExp {
  return new RegExp(`(^|[\\s(])${escape(term)}(?=$|[\\s)])`, 'i');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
