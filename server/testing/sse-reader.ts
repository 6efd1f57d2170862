// Reads a Server-Sent Events response in a test, as EventSource would: messages with their id,
// event name and parsed data, collected in the background while the test goes on.
export type SseMessage = { id: number | null; event: string; data: unknown };

export function readSse(response: Response): { messages: SseMessage[]; done: Promise<void> } {
  const messages: SseMessage[] = [];
  const decoder = new TextDecoder();
  const reader = response.body!.getReader();
  let buffer = "";
  const done = (async () => {
    for (;;) {
      const { value, done: ended } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (ended) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const message = parseBlock(block);
        if (message) messages.push(message);
      }
    }
  })();
  return { messages, done };
}

function parseBlock(block: string): SseMessage | null {
  const fields = new Map<string, string>();
  for (const line of block.split("\n")) {
    if (line.startsWith(":") || !line.includes(":")) continue; // comments (heartbeats), retry-less lines
    const at = line.indexOf(":");
    fields.set(line.slice(0, at), line.slice(at + 1).replace(/^ /, ""));
  }
  if (!fields.has("data")) return null;
  return {
    id: fields.has("id") ? Number(fields.get("id")) : null,
    event: fields.get("event") ?? "message",
    data: JSON.parse(fields.get("data")!),
  };
}
