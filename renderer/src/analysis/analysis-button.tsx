// Opens the analysis views (competing hypotheses, the timeline) in place of the reader.
import { useAnalysis } from './analysis-state';

export function AnalysisButton() {
  const { tab, open, close } = useAnalysis();
  return (
    <button
      type="button"
      className="button"
      aria-pressed={tab !== null}
      onClick={() => (tab ? close() : open('hypotheses'))}
      title="Weigh competing hypotheses and see what the sources say happened when"
    >
      Analysis
    </button>
  );
}
