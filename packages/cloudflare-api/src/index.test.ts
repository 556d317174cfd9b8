import { describe, expect, it } from "vitest";
import { hello } from "./index";

describe("probe", () => {
  it("runs in workerd", () => {
    expect(hello()).toBe("hi");
    expect(typeof navigator.userAgent).toBe("string");
  });
});
