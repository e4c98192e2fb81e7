// Imports .txt/.md files: each is read in the page and sent to the notebook; failures name the file.
import { useRef, useState } from 'react';
import type { ArticleDetail } from '../../../shared/model';
import { call } from '../api/client';
import { messageOf } from '../api/api-error';
import { useNotices } from '../notices/notice-context';

interface Props {
  onImported: (articles: ArticleDetail[]) => void | Promise<void>;
}

export function ImportButton({ onImported }: Props) {
  const input = useRef<HTMLInputElement | null>(null);
  const [busy, setBusy] = useState(false);
  const { add, inform } = useNotices();

  const importFiles = async (files: File[]) => {
    setBusy(true);
    const imported: ArticleDetail[] = [];
    for (const file of files) {
      try {
        const text = await file.text();
        // Said here in plain words; the host would only say the input was invalid.
        if (!text.trim()) throw new Error('the file is empty.');
        imported.push(await call('articles.importText', { text, fileName: file.name }));
      } catch (error) {
        add({ level: 'error', message: `Could not import “${file.name}”: ${messageOf(error)}` });
      }
    }
    setBusy(false);
    if (imported.length > 0) {
      void onImported(imported);
      inform(
        imported.length === 1
          ? `Imported “${imported[0]!.title}”.`
          : `Imported ${imported.length} articles.`,
      );
    }
  };

  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => input.current?.click()}
        disabled={busy}
      >
        <svg
          width="14"
          height="14"
          viewBox="0 0 16 16"
          aria-hidden="true"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
        >
          <path
            d="M8 13V5M4.5 8.5 8 5l3.5 3.5M2.5 2.5h11"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        {busy ? 'Importing…' : 'Import…'}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept=".txt,.md,.markdown,text/plain,text/markdown"
        hidden
        aria-label="Import files"
        data-testid="import-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared so choosing the same file again still fires a change.
          event.target.value = '';
          if (files.length) void importFiles(files);
        }}
      />
    </>
  );
}
