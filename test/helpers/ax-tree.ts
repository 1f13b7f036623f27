import { executeServerCommand } from '@web/test-runner-commands';

/** One node of Chromium's accessibility tree, as a screen reader gets it. */
export interface AxNode {
  readonly role: string;
  readonly name: string;
  readonly description: string;
  /** `'true'`, `'false'` (or `'mixed'`) for checkable nodes, else null. */
  readonly checked: string | null;
  readonly disabled: boolean;
  readonly focused: boolean;
}

/**
 * The page's accessibility tree (every shadow root included), in document order, limited to
 * `roles` when given: read from Chromium itself (`test/helpers/ax-tree-plugin.mjs`), not from the DOM.
 */
export function axTree(...roles: string[]): Promise<AxNode[]> {
  return executeServerCommand<AxNode[], { roles: string[] }>('ax-tree', { roles });
}
