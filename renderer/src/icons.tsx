// The app's line icons: one 16-unit stroke drawing each, sized and colored by the text around them.

const ICONS = {
  import: { d: 'M8 2.5v8M4.5 7 8 10.5 11.5 7M2.5 13.5h11', strokeWidth: 1.5 },
  export: { d: 'M8 2v8M4.5 6.5 8 10l3.5-3.5M2.5 11.5v2h11v-2', strokeWidth: 1.5 },
  trash: {
    d: 'M2.5 4h11M6.5 4V2.5h3V4M4 4l.7 9.5h6.6L12 4M6.8 6.5v4.5M9.2 6.5v4.5',
    strokeWidth: 1.4,
  },
} as const;

export type IconName = keyof typeof ICONS;

/** Decorative: the button or link that holds it carries the name. */
export function Icon({ name, size = 14 }: { name: IconName; size?: number }) {
  const { d, strokeWidth } = ICONS[name];
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
    >
      <path d={d} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
