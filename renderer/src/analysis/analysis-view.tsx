// The analysis views in place of the reader and notes: competing hypotheses, the timeline,
// people, organisations and places, the charts.
import { useRef, type KeyboardEvent } from 'react';
import { ErrorBoundary } from '../notices/error-boundary';
import { AchView } from './ach/ach-view';
import { ANALYSIS_TABS, useAnalysis, type AnalysisTab } from './analysis-state';
import { ChartsView } from './charts/charts-view';
import { EntitiesView } from './entities/entities-view';
import { TimelineView } from './timeline/timeline-view';
import './analysis.css';

export function AnalysisView() {
  const { tab, open, close } = useAnalysis();
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);
  if (!tab) return null;

  // Arrow keys move between the tabs, as a tab list does.
  const onKeyDown = (event: KeyboardEvent) => {
    const at = ANALYSIS_TABS.findIndex((t) => t.id === tab);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = (at + step + ANALYSIS_TABS.length) % ANALYSIS_TABS.length;
    open(ANALYSIS_TABS[next]!.id);
    tabs.current[next]?.focus();
  };

  return (
    <section className="pane analysis" aria-label="Analysis" data-testid="analysis">
      <header className="pane__header analysis__header">
        <div
          className="analysis__tabs"
          role="tablist"
          aria-label="Analysis views"
          onKeyDown={onKeyDown}
        >
          {ANALYSIS_TABS.map((t, i) => (
            <button
              key={t.id}
              ref={(el) => {
                tabs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`analysis-tab-${t.id}`}
              aria-selected={t.id === tab}
              aria-controls="analysis-panel-body"
              tabIndex={t.id === tab ? 0 : -1}
              className="analysis__tab"
              onClick={() => open(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
        <button type="button" className="button" onClick={close}>
          Back to reading
        </button>
      </header>
      <div
        className="analysis__body"
        id="analysis-panel-body"
        role="tabpanel"
        aria-labelledby={`analysis-tab-${tab}`}
      >
        <ErrorBoundary area={`the ${tab} view`}>{body(tab)}</ErrorBoundary>
      </div>
    </section>
  );
}

function body(tab: AnalysisTab) {
  switch (tab) {
    case 'hypotheses':
      return <AchView />;
    case 'timeline':
      return <TimelineView />;
    case 'entities':
      return <EntitiesView />;
    case 'charts':
      return <ChartsView />;
  }
}
