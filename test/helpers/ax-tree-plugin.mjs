// A test-runner command that reads Chromium's accessibility tree over the DevTools protocol
// (`Accessibility.getFullAXTree`): what a screen reader is given, shadow roots flattened. Playwright
// no longer offers `page.accessibility`, so this asks Chromium directly. Browser side:
// `test/helpers/ax-tree.ts`.
export function axTreePlugin() {
  return {
    name: 'ax-tree',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ax-tree') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      try {
        await cdp.send('Accessibility.enable');
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        const roles = new Set(payload?.roles ?? []);
        return nodes
          .filter((n) => !n.ignored && (roles.size === 0 || roles.has(n.role?.value)))
          .map((n) => {
            const property = (name) => n.properties?.find((p) => p.name === name)?.value?.value;
            return {
              role: n.role?.value ?? '',
              name: n.name?.value ?? '',
              description: n.description?.value ?? '',
              checked: property('checked') ?? null,
              disabled: property('disabled') ?? false,
              focused: property('focused') ?? false,
            };
          });
      } finally {
        await cdp.detach();
      }
    },
  };
}
