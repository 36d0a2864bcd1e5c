/** Let the browser save `data` as a file named `fileName` (a link to a Blob, clicked once). */
export function downloadFile(fileName: string, data: string | Uint8Array | Blob, type: string): void {
  const part = typeof data === 'string' || data instanceof Blob ? data : (data.slice().buffer as ArrayBuffer);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Save a text file (JSON by default). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadFile(fileName, text, type);
}
