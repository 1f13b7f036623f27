/** Dropping response files on the report's drop zone: the `dragging` look while files hover, and the files once dropped. */
import type { ReactiveControllerHost } from 'lit';

export class DropZone {
  readonly #host: ReactiveControllerHost;
  readonly #onFiles: (files: FileList) => void;
  /** Files hover over the zone. */
  dragging = false;

  constructor(host: ReactiveControllerHost, onFiles: (files: FileList) => void) {
    this.#host = host;
    this.#onFiles = onFiles;
  }

  #set(dragging: boolean): void {
    if (this.dragging === dragging) return;
    this.dragging = dragging;
    this.#host.requestUpdate();
  }

  readonly onDragOver = (event: DragEvent): void => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.#set(true);
  };

  readonly onDragLeave = (): void => this.#set(false);

  readonly onDrop = (event: DragEvent): void => {
    event.preventDefault();
    this.#set(false);
    const files = event.dataTransfer?.files;
    if (files?.length) this.#onFiles(files);
  };
}
