/**
 * Runs `action` with the browser's downloads caught instead of saved: each Blob the library hands
 * to `URL.createObjectURL` and each temporary `<a download>` it clicks (src/components/report/download.ts).
 */
export async function captureDownloads(action: () => unknown): Promise<{ blobs: Blob[]; links: HTMLAnchorElement[] }> {
  const blobs: Blob[] = [];
  const links: HTMLAnchorElement[] = [];
  const original = { create: URL.createObjectURL, click: HTMLAnchorElement.prototype.click };
  URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:test');
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    links.push(this);
  };
  try {
    await action();
  } finally {
    URL.createObjectURL = original.create;
    HTMLAnchorElement.prototype.click = original.click;
  }
  return { blobs, links };
}
