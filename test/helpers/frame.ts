/** A same-origin iframe running one module script: its own element registry and module copies. */
export interface Frame {
  readonly win: Window & typeof globalThis;
  readonly doc: Document;
  /** Addresses the frame has fetched that contain `part` (`/chunks/`, `/locales/es.js`). */
  fetched(part: string): string[];
  close(): void;
}

/** Opens a blank same-origin frame and runs `script` in it as a module; resolves once it has run. */
export async function openFrame(script: string): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.src = '/test/fixtures/blank.html';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  const tag = doc.createElement('script');
  tag.type = 'module';
  tag.src = script;
  await new Promise((resolve, reject) => {
    tag.addEventListener('load', resolve, { once: true });
    tag.addEventListener('error', reject, { once: true });
    doc.head.append(tag);
  });
  return {
    win,
    doc,
    fetched: (part) =>
      win.performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((name) => name.includes(part)),
    close: () => frame.remove(),
  };
}
