// Reads a Server-Sent Events response in a test, as EventSource would: messages with their id,
// event name and parsed data, collected in the background while the test goes on.
import { sseParser } from "@/lib/testing/sse-parser";

export type SseMessage = { id: number | null; event: string; data: unknown };

export function readSse(response: Response): { messages: SseMessage[]; done: Promise<void> } {
  const messages: SseMessage[] = [];
  const parse = sseParser(({ id, event, data }) =>
    messages.push({ id: id === null ? null : Number(id), event, data: JSON.parse(data) }),
  );
  const decoder = new TextDecoder();
  const reader = response.body!.getReader();
  const done = (async () => {
    for (;;) {
      const { value, done: ended } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (ended) return;
      parse(decoder.decode(value, { stream: true }));
    }
  })();
  return { messages, done };
}
