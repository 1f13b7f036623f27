// `npm run analyze` writes custom-elements.json (gitignored) from the classes and JSDoc in
// src/components. Storybook reads it for its controls and docs tables; `npm run storybook` and
// `npm run build-storybook` regenerate it first.
//
// The define files (cr-*.ts) stay in: their `customElements.define` calls are how the analyzer
// links each tag name to its class. Style modules hold no API, so they are left out.

/** `CrDefinitionErrorEvent` → `cr-definition-error`. */
const eventNameOf = (className) =>
  /^Cr[A-Z]\w*Event$/.test(className)
    ? className.replace(/Event$/, '').replace(/[A-Z]/g, (c, i) => `${i ? '-' : ''}${c.toLowerCase()}`)
    : undefined;

/**
 * The analyzer guesses an event's name from `dispatchEvent(new X(arg))`: for the typed events in
 * src/events it takes the constructor's first argument (`next`) or finds none. The `@event` JSDoc
 * tags carry the real names, so fold each guessed event into the documented one (keeping its
 * type) and drop guesses that no tag confirms. Events fired by a controller (drafts) are not seen
 * at all; their type follows the naming rule (`cr-draft-status` → `CrDraftStatusEvent`).
 */
function typedEventsPlugin() {
  return {
    name: 'collab-rubrics:typed-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class' || !decl.events?.length) continue;
          const documented = new Map(decl.events.filter((e) => e.name && e.description).map((e) => [e.name, e]));
          const kept = [];
          for (const event of decl.events) {
            if (event.name && event.description) {
              kept.push(event);
              continue;
            }
            const name = eventNameOf(event.type?.text ?? '') ?? event.name;
            const target = name ? documented.get(name) : undefined;
            if (target && event.type && !target.type) target.type = event.type;
            if (!target && name && !eventNameOf(event.type?.text ?? '')) kept.push({ ...event, name });
          }
          // Events fired from controllers (drafts) are not seen at all: follow the naming rule.
          for (const event of kept) {
            if (!event.type && event.name?.startsWith('cr-')) {
              event.type = { text: event.name.replace(/(^|-)(\w)/g, (_, _dash, c) => c.toUpperCase()) + 'Event' };
            }
          }
          decl.events = kept;
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [typedEventsPlugin()],
};
