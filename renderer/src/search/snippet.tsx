// A search snippet as text with its matches in <mark>, built from text nodes only.
import { snippetParts } from './snippet-parts';

export function Snippet({ text, className }: { text: string; className?: string }) {
  return (
    <span className={className} dir="auto">
      {snippetParts(text).map((part, i) =>
        part.marked ? (
          <mark key={i} className="search-mark">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </span>
  );
}
