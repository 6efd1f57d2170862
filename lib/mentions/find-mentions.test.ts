import { describe, expect, it } from "vitest";
import { findMentions, mentionSegments, mentionedPeople, type Mentionable } from "@/lib/mentions/find-mentions";

const erinEditor = { id: "u1", name: "Erin Editor", email: "editor@example.org" };
const erin = { id: "u2", name: "Erin", email: "erin@example.org" };
const jose = { id: "u3", name: "José Álvarez-Núñez", email: "jose@example.org" };
const bar = { id: "u4", name: "bar", email: "bar@example.org" };
const ann = { id: "u5", name: "Ann", email: "x@example.org" };
const PEOPLE: Mentionable[] = [erinEditor, erin, jose, bar, ann];

const who = (body: string, people = PEOPLE) => findMentions(body, people).map((m) => body.slice(m.start, m.end));

describe("findMentions", () => {
  it("finds a full display name with a space, wherever it stands", () => {
    expect(who("@Erin Editor please check")).toEqual(["@Erin Editor"]);
    expect(who("Thanks, @Erin Editor")).toEqual(["@Erin Editor"]);
    expect(findMentions("cc @Erin Editor", PEOPLE)).toEqual([{ person: erinEditor, start: 3, end: 15 }]);
  });

  it("prefers the longest name: @Erin Editor beats @Erin", () => {
    expect(findMentions("@Erin Editor", PEOPLE).map((m) => m.person.id)).toEqual(["u1"]);
    expect(findMentions("@Erin, can you look?", PEOPLE).map((m) => m.person.id)).toEqual(["u2"]);
    // "Editorial" is not the name "Erin Editor": the shorter name that does end at a word wins.
    expect(findMentions("@Erin Editorial line", PEOPLE).map((m) => m.person.id)).toEqual(["u2"]);
  });

  it("ignores case", () => {
    expect(findMentions("@erin editor and @ERIN EDITOR", PEOPLE).map((m) => m.person.id)).toEqual(["u1", "u1"]);
  });

  it("needs the name to end at a word boundary", () => {
    expect(who("@Erinna said so")).toEqual([]);
    expect(who("@Ann_b")).toEqual([]);
    expect(who("@Ann.Lee")).toEqual([]);
  });

  it("allows punctuation right after the name", () => {
    for (const after of [".", ",", "!", "?", ":", ";", ")", "…", "’s", "'s"])
      expect(who(`ask @Erin Editor${after} now`), after).toEqual(["@Erin Editor"]);
    expect(who("(@Erin Editor)")).toEqual(["@Erin Editor"]);
    expect(who("@Erin Editor.")).toEqual(["@Erin Editor"]);
  });

  it("handles accents and hyphens in names", () => {
    expect(findMentions("Merci @José Álvarez-Núñez !", PEOPLE).map((m) => m.person.id)).toEqual(["u3"]);
    expect(findMentions("@josé álvarez-núñez", PEOPLE).map((m) => m.person.id)).toEqual(["u3"]);
  });

  it("finds an email address, also followed by a full stop", () => {
    expect(findMentions("@editor@example.org", PEOPLE).map((m) => m.person.id)).toEqual(["u1"]);
    expect(findMentions("Ask @x@example.org.", PEOPLE).map((m) => m.person.id)).toEqual(["u5"]);
    expect(findMentions("@EDITOR@Example.org?", PEOPLE).map((m) => m.person.id)).toEqual(["u1"]);
    expect(who("@editor@example.org.uk")).toEqual([]);
  });

  it("does not read the @ inside an email address as a mention", () => {
    expect(who("write to foo@bar.org")).toEqual([]);
    expect(who("write to foo@bar")).toEqual([]);
    expect(who("mail editor@example.org")).toEqual([]);
  });

  it("finds two mentions, and the same person twice", () => {
    expect(who("@Erin Editor and @José Álvarez-Núñez, then @Erin Editor again")).toEqual([
      "@Erin Editor",
      "@José Álvarez-Núñez",
      "@Erin Editor",
    ]);
    expect(mentionedPeople("@Erin Editor @erin editor @Ann", PEOPLE).map((p) => p.id)).toEqual(["u1", "u5"]);
  });

  it("names everyone who shares a mentioned name, and only the address's owner for an email", () => {
    const twin = { id: "u9", name: "Erin Editor", email: "erin.two@example.org" };
    expect(mentionedPeople("@Erin Editor", [...PEOPLE, twin]).map((p) => p.id)).toEqual(["u1", "u9"]);
    expect(mentionedPeople("@erin.two@example.org", [...PEOPLE, twin]).map((p) => p.id)).toEqual(["u9"]);
  });

  it("ignores unknown names and people not in the list (deactivated)", () => {
    expect(who("@Nobody Here and @ghost@example.org")).toEqual([]);
    expect(who("@Erin Editor", [erin])).toEqual(["@Erin"]);
    expect(who("@Erin Editor", [])).toEqual([]);
    expect(who("@ alone, @@Erin, email@")).toEqual([]);
  });

  it("reads a mention at the very start and the very end", () => {
    expect(who("@Ann")).toEqual(["@Ann"]);
    expect(who("Done @Ann")).toEqual(["@Ann"]);
  });
});

describe("mentionSegments", () => {
  it("cuts the body into text and mentions that join back into the body", () => {
    const body = "Hi @Erin Editor, see foo@bar.org and @Ann.";
    const segments = mentionSegments(body, PEOPLE);
    expect(segments).toEqual([
      { text: "Hi " },
      { text: "@Erin Editor", person: erinEditor },
      { text: ", see foo@bar.org and " },
      { text: "@Ann", person: ann },
      { text: "." },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(body);
  });

  it("keeps a body without mentions whole, and an empty body as one empty segment", () => {
    expect(mentionSegments("no one", PEOPLE)).toEqual([{ text: "no one" }]);
    expect(mentionSegments("", PEOPLE)).toEqual([{ text: "" }]);
  });
});
