// citation-js 0.8 ships no types: the little of it the brief uses (the CSL plugin's config,
// read through citations.ts's own CslConfig).
declare module '@citation-js/core' {
  export const plugins: { config: { get(name: string): unknown } };
}
declare module '@citation-js/plugin-csl';
