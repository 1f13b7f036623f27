import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for designers: every element in every state, with docs generated from the
 * custom-elements manifest (`npm run analyze`, run by `npm run storybook` / `build-storybook`).
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
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
    });
  },
};

export default config;
