import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for designers: every element in every state, with docs generated from the
 * custom-elements manifest (`npm run analyze`, run by `npm run storybook` / `build-storybook`).
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // The definitions written for the stories, served as /definitions/*.json for the `src` story.
  staticDirs: [{ from: '../stories/definitions', to: '/definitions' }],
  core: { disableTelemetry: true },
  // A designer opens the library, not a Storybook tutorial: no onboarding checklist or guide.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  async viteFinal(config) {
    // The library's decorators are TypeScript's legacy ones (`experimentalDecorators`) and its
    // reactive properties need `useDefineForClassFields: false`, or Lit's accessors are shadowed by
    // plain class fields. Vite 8 compiles TypeScript with Oxc, not esbuild (an `esbuild.tsconfigRaw`
    // is dropped when Vite converts esbuild options), so say it in Oxc's terms; these are exactly
    // what Oxc derives from tsconfig.json, set here so no tsconfig lookup can lose them.
    const { mergeConfig } = await import('vite');
    return mergeConfig(config, {
      oxc: {
        decorator: { legacy: true },
        assumptions: { setPublicClassFields: true },
        typescript: { removeClassFieldsWithoutInitializer: true },
      },
      // Storybook's web-components renderer imports `lit/directive-helpers.js` itself; pre-bundle it
      // with the rest of Lit, or the dev server loads a second copy of lit-html ("Multiple versions
      // of Lit loaded").
      optimizeDeps: { include: ['lit/directive-helpers.js'] },
      // Storybook's own preview bundle (with axe and the docs blocks) is about 1 MB; that is expected.
      build: { chunkSizeWarningLimit: 1500 },
    });
  },
};

export default config;
