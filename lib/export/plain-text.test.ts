import { describe, expect, it } from "vitest";
import { plainLine, plainText } from "@/lib/export/plain-text";

describe("plainText", () => {
  it("shows C0 controls and DEL as control pictures and keeps tab and line feed", () => {
    expect(plainText("a\u0000b\u0007c\u001bd\u007fe\tf\ng\u000bh\u000ci")).toBe("a␀b␇c␛d␡e\tf\ng␋h␌i");
  });

  it("replaces what has no picture (C1 controls, noncharacters, lone surrogates) with U+FFFD", () => {
    expect(plainText("a\u0085b\u009fc\ufffed\ud800e\udc00")).toBe("a\ufffdb\ufffdc\ufffdd\ufffde\ufffd");
  });

  it("normalises line endings and leaves RTL text, bidi marks and emoji alone", () => {
    expect(plainText("one\r\ntwo\rthree")).toBe("one\ntwo\nthree");
    const text = "שלום سلام \u202eevil\u202c 🤥 👩🏽‍🔬 🇫🇷";
    expect(plainText(text)).toBe(text);
  });

  it("has a one-line form for titles and names", () => {
    expect(plainLine("a\nb\t\tc\r\nd")).toBe("a b c d");
  });
});
