// A Markdown note: a growing textarea, its save status, and the rendered preview below.
import { useState } from 'react';
import { MarkdownPreview } from './markdown-preview';
import { useDebouncedSave, type SaveNote, type SaveStatus } from './use-debounced-save';

interface Props {
  label: string;
  initial: string;
  placeholder: string;
  onSave: SaveNote;
  textareaRef?: (element: HTMLTextAreaElement | null) => void;
  /** Escape in the text box: the keyboard goes back to where the note belongs. */
  onEscape?: () => void;
}

const STATUS_TEXT: Record<SaveStatus, string> = {
  idle: '',
  pending: 'Saving…',
  saving: 'Saving…',
  saved: 'Saved',
  failed: 'Not saved',
};

export function MarkdownNote({
  label,
  initial,
  placeholder,
  onSave,
  textareaRef,
  onEscape,
}: Props) {
  // The text lives here, not in the article: a reply from an earlier save must not undo newer typing.
  const [value, setValue] = useState(initial);
  const { status, schedule, flush } = useDebouncedSave(onSave);

  return (
    <div className="markdown-note">
      <textarea
        ref={textareaRef}
        className="markdown-note__input"
        aria-label={label}
        placeholder={placeholder}
        value={value}
        dir="auto"
        rows={2}
        onChange={(event) => {
          setValue(event.target.value);
          schedule(event.target.value);
        }}
        onBlur={() => void flush()}
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || !onEscape) return;
          event.preventDefault();
          event.stopPropagation();
          void flush();
          onEscape();
        }}
      />
      <div className="markdown-note__footer">
        <span className={`save-status save-status--${status}`} role="status">
          {STATUS_TEXT[status]}
        </span>
      </div>
      {hasMarkdown(value) && <MarkdownPreview source={value} />}
    </div>
  );
}

/** Emphasis, links, lists, headings, quotes, code: plain prose would only be shown twice. */
const MARKDOWN_SYNTAX = /[*_`[\]<>~|]|^\s*(#{1,6}\s|[-+]\s|\d+[.)]\s)/m;

function hasMarkdown(text: string): boolean {
  return MARKDOWN_SYNTAX.test(text);
}
