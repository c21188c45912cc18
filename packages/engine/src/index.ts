export * from "./digest/index.ts";
