import { describe, expect, it } from "vitest";
import { fromBase64, localToday } from "./api-web";

describe("the web edition's shell", () => {
  it("passes the reader's local date, not the UTC one", () => {
    // Late in the evening of 30 November where the reader is: still the 30th.
    expect(localToday(new Date(2026, 10, 30, 23, 30))).toBe("2026-11-30");
    expect(localToday(new Date(2027, 0, 2, 0, 5))).toBe("2027-01-02");
  });

  it("reads the module's bytes from base64, line breaks and all", () => {
    expect([...fromBase64("AAEC\n/w==")]).toEqual([0, 1, 2, 255]);
  });
});
