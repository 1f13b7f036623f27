// Prettier, matching how the code is already written: single quotes, trailing commas, lines up to
// 140 columns, and Lit's html`…`/css`…` templates left as authored (embedded formatting off).
// `npm run format:check` checks every file not listed in .prettierignore (docs/decisions.md).
export default {
  singleQuote: true,
  printWidth: 140,
  trailingComma: 'all',
  embeddedLanguageFormatting: 'off',
};
