import { describe, expect, it } from "vitest";
import { insertMention, mentionQueryAt, suggestPeople } from "@/lib/mentions/mention-query";

const people = [
  { id: "1", name: "Ann Lee", email: "ann@example.org" },
  { id: "2", name: "Erin Editor", email: "editor@example.org" },
  { id: "3", name: "Eddie Brown", email: "eb@example.org" },
];
const at = (text: string) => mentionQueryAt(text, text.length);

describe("mentionQueryAt", () => {
  it("reads the name being typed after an @, spaces within the name included", () => {
    expect(at("@")).toEqual({ start: 0, query: "" });
    expect(at("Thanks @Er")).toEqual({ start: 7, query: "Er" });
    expect(at("cc @Erin Ed")).toEqual({ start: 3, query: "Erin Ed" });
    expect(at("ask @editor@ex")).toEqual({ start: 4, query: "editor@ex" });
  });

  it("is not in a mention inside an email address, after a space at the end, or on a new line", () => {
    expect(at("write foo@bar")).toBeNull();
    expect(at("@Erin Editor ")).toBeNull();
    expect(at("@ Erin")).toBeNull();
    expect(at("@Erin\nthanks")).toBeNull();
    expect(at("no mention")).toBeNull();
  });

  it("reads up to the caret, not the end of the text", () => {
    expect(mentionQueryAt("@Er and more", 3)).toEqual({ start: 0, query: "Er" });
  });
});

describe("suggestPeople", () => {
  it("offers names starting with the query first, then a later word of the name, then emails", () => {
    expect(suggestPeople(people, "e").map((p) => p.id)).toEqual(["2", "3"]);
    expect(suggestPeople(people, "lee").map((p) => p.id)).toEqual(["1"]);
    expect(suggestPeople(people, "ERIN ED").map((p) => p.id)).toEqual(["2"]);
    expect(suggestPeople(people, "eb@").map((p) => p.id)).toEqual(["3"]);
    expect(suggestPeople(people, "").map((p) => p.id)).toEqual(["1", "2", "3"]);
    expect(suggestPeople(people, "zed")).toEqual([]);
  });
});

describe("insertMention", () => {
  it("replaces what was typed with the full name and a space, caret after it", () => {
    const text = "Thanks @er, see above";
    const result = insertMention(text, 10, { start: 7, query: "er" }, people[1]!);
    expect(result).toEqual({ text: "Thanks @Erin Editor, see above", caret: 19 });
    expect(insertMention("@er said", 3, { start: 0, query: "er" }, people[1]!).text).toBe("@Erin Editor said");
    expect(insertMention("@an", 3, { start: 0, query: "an" }, people[0]!)).toEqual({ text: "@Ann Lee ", caret: 9 });
  });

  it("inserts the email instead when a colleague has the same name", () => {
    const twin = { id: "9", name: "erin editor", email: "erin2@example.org" };
    expect(insertMention("@er", 3, { start: 0, query: "er" }, twin, [...people, twin]).text).toBe(
      "@erin2@example.org ",
    );
  });
});
