// The notebook note's toolbar: Markdown formatting, "Insert quote…" (the notebook's search over
// quotes) and the switch between the library pane and the whole window.
import type { MarkdownStyle } from './markdown-edits';

interface Props {
  onStyle: (style: MarkdownStyle) => void;
  picking: boolean;
  onTogglePicker: () => void;
  wide: boolean;
  onToggleWide: () => void;
}

const STYLES: { style: MarkdownStyle; label: string; text: string; key: string }[] = [
  { style: 'heading', label: 'Heading', text: 'H', key: '' },
  { style: 'bold', label: 'Bold', text: 'B', key: 'Ctrl+B' },
  { style: 'italic', label: 'Italic', text: 'I', key: 'Ctrl+I' },
  { style: 'list', label: 'List', text: '•', key: '' },
];

export function NoteToolbar({ onStyle, picking, onTogglePicker, wide, onToggleWide }: Props) {
  return (
    <div className="note-toolbar" role="toolbar" aria-label="Format the note">
      {STYLES.map(({ style, label, text, key }) => (
        <button
          key={style}
          type="button"
          className={`icon-button note-toolbar__style note-toolbar__style--${style}`}
          aria-label={label}
          title={key ? `${label} (${key})` : label}
          // The text box keeps its selection: the style applies to it.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onStyle(style)}
        >
          {text}
        </button>
      ))}
      <button
        type="button"
        className="button button--small"
        aria-pressed={picking}
        onClick={onTogglePicker}
        title="Find a highlight by its words, tags or colour and quote it here"
      >
        Insert quote…
      </button>
      <span className="note-toolbar__spacer" />
      <button
        type="button"
        className="button button--small"
        onClick={onToggleWide}
        title={wide ? 'Back to the library pane' : 'Write over the whole window, preview beside'}
      >
        {wide ? 'Back to the library' : 'Widen'}
      </button>
    </div>
  );
}
