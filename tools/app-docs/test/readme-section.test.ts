// Where the generated block goes in a README, with and without its markers.
import { describe, expect, it } from "vitest";
import {
  BEGIN_MARKER,
  END_MARKER,
  findGeneratedBlock,
  placeGeneratedBlock,
} from "../src/readme-section.ts";

const block = `${BEGIN_MARKER}\nTABLE\n${END_MARKER}`;

describe("placeGeneratedBlock", () => {
  it("replaces only what is between the markers", () => {
    const readme = `# App\n\n## Tools\n\nIntro.\n\n${BEGIN_MARKER}\nold\n${END_MARKER}\n\nNotes.\n`;
    const placed = placeGeneratedBlock(readme, block);
    expect(placed.placement).toBe("replaced");
    expect(placed.text).toBe(`# App\n\n## Tools\n\nIntro.\n\n${block}\n\nNotes.\n`);
  });

  it("adds the block at the end of an existing ## Tools section when the markers are missing", () => {
    const readme =
      "# App\n\n## Tools\n\nIntro.\n\n```sh\n## not a heading\n```\n\n## Run it\n\nText.\n";
    const placed = placeGeneratedBlock(readme, block);
    expect(placed.placement).toBe("inserted into ## Tools");
    expect(placed.text).toBe(
      `# App\n\n## Tools\n\nIntro.\n\n\`\`\`sh\n## not a heading\n\`\`\`\n\n${block}\n\n## Run it\n\nText.\n`,
    );
  });

  it("adds a ## Tools section before the first section when there is none", () => {
    const placed = placeGeneratedBlock("# App\n\nWhat it is.\n\n## Deploy\n\nSteps.\n", block);
    expect(placed.placement).toBe("inserted as a new ## Tools section");
    expect(placed.text).toBe(
      `# App\n\nWhat it is.\n\n## Tools\n\n${block}\n\n## Deploy\n\nSteps.\n`,
    );
  });

  it("appends the section to a README without any section", () => {
    expect(placeGeneratedBlock("# App\n\nWhat it is.\n", block).text).toBe(
      `# App\n\nWhat it is.\n\n## Tools\n\n${block}\n`,
    );
  });

  it("is idempotent", () => {
    const once = placeGeneratedBlock("# App\n\n## Tools\n\nIntro.\n", block).text;
    expect(placeGeneratedBlock(once, block).text).toBe(once);
  });
});

describe("findGeneratedBlock", () => {
  it("refuses two generated blocks", () => {
    expect(() => findGeneratedBlock(`${block}\n\n${block}\n`)).toThrow(/more than one/);
  });

  it("treats an END marker before BEGIN as no block", () => {
    expect(findGeneratedBlock(`${END_MARKER}\n${BEGIN_MARKER}\n`)).toBeUndefined();
  });
});
