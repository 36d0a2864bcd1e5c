import { answerImport, type ImportRequest } from './import-protocol';

/** Reads documents off the main thread: a 5 MB paste or a large .docx never freezes the page. */
self.onmessage = (event: MessageEvent<ImportRequest>) => {
  void answerImport(event.data, (response) => self.postMessage(response));
};
