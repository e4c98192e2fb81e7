// A quote's credibility on the Admiralty scale (1 confirmed by other sources … 6 cannot be judged),
// chosen from a list the keyboard can walk; the selected highlight also takes Alt+1 … Alt+6.
import { CREDIBILITIES, CREDIBILITY_MEANINGS, type Credibility } from '../../../shared/grading';

interface Props {
  value: Credibility | undefined;
  onChange: (credibility: Credibility | null) => void;
}

export function CredibilityPicker({ value, onChange }: Props) {
  return (
    <select
      className="credibility-picker"
      aria-label="Credibility of this information"
      title={
        value
          ? `${value}: ${CREDIBILITY_MEANINGS[value]} (Alt+1 … Alt+6 on the highlight)`
          : 'How credible is this information? (Alt+1 … Alt+6 on the highlight)'
      }
      value={value ?? ''}
      onChange={(event) => {
        const next = Number(event.target.value);
        onChange(next ? (next as Credibility) : null);
      }}
    >
      <option value="">Credibility –</option>
      {CREDIBILITIES.map((c) => (
        <option key={c} value={c}>
          {c} · {CREDIBILITY_MEANINGS[c]}
        </option>
      ))}
    </select>
  );
}
