import { describe, expect, it } from "vitest";
import { initials } from "@/lib/people/initials";

describe("initials", () => {
  it("takes the first letter of each word, up to three, in capitals", () => {
    expect(initials("Casey Checker")).toBe("CC");
    expect(initials("erin  editor")).toBe("EE");
    expect(initials("Mary Ann de la Cruz")).toBe("MAD");
  });

  it("keeps letters of any script and skips words that do not start with one", () => {
    expect(initials("Łukasz Żuk")).toBe("ŁŻ");
    expect(initials("Ана (desk) Петрова")).toBe("АП");
  });

  it("is empty for a name without letters", () => {
    expect(initials("123 456")).toBe("");
  });
});
