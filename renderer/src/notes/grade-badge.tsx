// The Admiralty grade of a quote as a compact badge ("B2"), its meaning in words for the mouse
// and for screen readers.
import { gradeInWords, gradeOf, type Reliability } from '../../../shared/grading';

export function GradeBadge({
  reliability,
  credibility,
}: {
  reliability?: Reliability | undefined;
  credibility?: number | undefined;
}) {
  const grade = gradeOf(reliability, credibility);
  if (!grade) return null;
  const words = gradeInWords(reliability, credibility)!;
  return (
    <span className="grade-badge" title={words} aria-label={`Grade ${words}`} role="img">
      {grade}
    </span>
  );
}
