/** One Server-Sent Events message: its type ("message" when none is named) and its data lines joined. */
export interface SseMessage {
  event: string;
  data: string;
}

/**
 * Read a text/event-stream body to its end, telling each message as it is complete. Comments (keep-alive
 * lines starting with ":") and ids are skipped: the caller resumes from the sequence numbers it applied.
 */
export async function readServerSentEvents(
  body: ReadableStream<Uint8Array>,
  heard: (message: SseMessage) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
    const blocks = buffer.split('\n\n');
    buffer = blocks.pop() ?? '';
    for (const block of blocks) {
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      if (data.length > 0) heard({ event, data: data.join('\n') });
    }
  }
}
