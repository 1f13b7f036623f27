// `npm run analyze`: writes custom-elements.json (gitignored) from the JSDoc in src/components.
// Storybook reads it for argTypes and docs tables; run before `storybook dev` and `storybook build`.
export default {
  globs: ['src/components/**/*.ts'],
  // Define files only register tags; the tag names come from the class files' customElements.define
  // calls being followed through re-exports, so keep them in (the analyzer links tag → class).
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
