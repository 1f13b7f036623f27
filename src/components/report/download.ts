/** Saves text as a file through a temporary `<a download>`: no popup, no `data:` URL, CSP-safe. */
export function downloadText(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoked on the next task: the download has started by then in every engine.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
