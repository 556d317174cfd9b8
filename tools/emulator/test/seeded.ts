// Setup file: test files share one runtime (isolate: false), so each starts from the seed
// whatever the file before it wrote.
import { beforeAll } from "vitest";
import { resetEmulator } from "./helpers";

beforeAll(resetEmulator);
