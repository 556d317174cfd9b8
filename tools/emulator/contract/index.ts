/**
 * Contract checks of the emulator (and of the servers' request bodies) against the official
 * per-product OpenAPI files. `load-specs.ts` reads them in Node; everything here is
 * runtime-neutral.
 */
export { ERRATA, type Erratum } from "./errata";
export {
  componentSchema,
  findOperation,
  type ProductSpecs,
  requestSchema,
  responseContent,
  responseSchema,
  type SpecDocument,
  type SpecOperation,
  validate,
} from "./openapi";
export { type BodyCheck, checkRequestBodies } from "./requests";
