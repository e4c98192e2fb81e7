// The small inline form for importing a web page by its address.
import { useState, type FormEvent } from 'react';

interface Props {
  onImport: (url: string) => void;
  onClose: () => void;
}

/** The address as the host will accept it, or the reason it will not. */
export function checkAddress(value: string): { url: string } | { problem: string } {
  const text = value.trim();
  if (!text) return { problem: 'Enter the address of a web page.' };
  // People paste "www.example.org/story" without a scheme; https is the one to assume.
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { problem: `“${text}” is not a web address.` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { problem: 'Only http and https addresses can be imported.' };
  }
  return { url: url.href };
}

export function UrlForm({ onImport, onClose }: Props) {
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkAddress(value);
    if ('problem' in checked) return setProblem(checked.problem);
    onImport(checked.url);
    setValue('');
    setProblem(null);
    onClose();
  };

  return (
    <form
      className="url-form"
      noValidate
      onSubmit={submit}
      aria-label="Import a web address"
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <label className="url-form__label" htmlFor="import-url">
        Web address
      </label>
      <div className="url-form__row">
        <input
          id="import-url"
          type="url"
          value={value}
          placeholder="https://…"
          autoFocus
          spellCheck={false}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'import-url-problem' : undefined}
          onChange={(e) => {
            setValue(e.target.value);
            setProblem(null);
          }}
        />
        <button type="submit" className="button button--primary button--small">
          Import
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Close the web address form"
          title="Close"
          onClick={onClose}
        >
          ×
        </button>
      </div>
      {problem && (
        <p className="field-error" id="import-url-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
