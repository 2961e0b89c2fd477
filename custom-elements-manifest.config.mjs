// The custom-elements manifest (dist/custom-elements.json, package.json "customElements"): editors and
// framework tooling read the elements' properties, events, parts and custom properties from it.
// Generated from the JSDoc of the elements (`@customElement`, `@fires`, `@csspart`, `@cssproperty`) by
// `rollup -c` (see rollup.config.mjs).
export default {
  globs: ['src/ui/banner.ts', 'src/ui/preferences.ts', 'src/ui/floating-button.ts', 'src/ui/placeholder.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      // The analyzer also guesses events from `dispatchEvent(new X(arg))` calls, naming them after the
      // argument; the documented `@fires` entries are the real ones.
      name: 'keks-documented-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules)
          for (const d of mod.declarations ?? [])
            if (d.events) d.events = d.events.filter((e) => /^keks[-:]/.test(e.name ?? ''));
      },
    },
  ],
};
