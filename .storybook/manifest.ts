/**
 * Shapes the custom-elements manifest for Storybook's controls and docs tables. The manifest on
 * disk stays complete (it is also published); only what Storybook shows is trimmed here.
 */

interface Member {
  kind?: string;
  name?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
}

interface Declaration {
  kind?: string;
  tagName?: string;
  summary?: string;
  description?: string;
  members?: Member[];
}

export interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

/** Members that are read-only from outside (getters such as `score`), by tag name. */
export const readonlyMembers = new Map<string, Set<string>>();

/**
 * Drops private, protected and static members (Storybook would offer them as controls), and fields
 * that have an attribute (the attribute row covers them, so `storage-key` is listed once). Puts the
 * `@summary` at the top of each element's description, where Storybook's docs page shows it.
 */
export function forStorybook(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: (manifest.modules ?? []).map((mod) => ({
      ...mod,
      declarations: (mod.declarations ?? []).map((decl) => {
        if (decl.kind !== 'class' || !decl.tagName) return decl;
        const members = (decl.members ?? []).filter(
          (m) => !m.privacy && !m.static && !m.name?.startsWith('#') && !(m.kind === 'field' && m.attribute),
        );
        readonlyMembers.set(decl.tagName, new Set(members.filter((m) => m.kind === 'field' && m.readonly).map((m) => m.name!)));
        const description = [decl.summary, decl.description].filter(Boolean).join('\n\n');
        return { ...decl, members, description };
      }),
    })),
  };
}
