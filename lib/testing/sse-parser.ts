// The event-stream format's line rules (WHATWG HTML, "Parsing an event stream"), minus retry:
// what a browser's EventSource does with the bytes, for the tests and the bench that read our
// streams directly (server/testing/sse-reader.ts, e2e/two-instances/event-stream.ts).

export interface ParsedSseEvent {
  id: string | null;
  event: string;
  data: string;
}

/** Feed it text as it arrives; it calls `onEvent` at each blank line and `onComment` for `: …` lines. */
export function sseParser(onEvent: (event: ParsedSseEvent) => void, onComment: () => void = () => {}) {
  let buffer = "";
  let id: string | null = null;
  let event = "";
  let data: string[] = [];
  return (text: string): void => {
    buffer += text;
    const lines = buffer.split(/\r\n|\r|\n/);
    buffer = lines.pop()!;
    for (const line of lines) {
      if (line === "") {
        if (data.length > 0) onEvent({ id, event: event || "message", data: data.join("\n") });
        event = "";
        data = [];
        continue;
      }
      if (line.startsWith(":")) {
        onComment();
        continue;
      }
      const colon = line.indexOf(":");
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
      if (field === "id") id = value;
      else if (field === "event") event = value;
      else if (field === "data") data.push(value);
    }
  };
}
