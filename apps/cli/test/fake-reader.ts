export { fakeReader, writeFakeReport } from "../../../packages/loader/test/fake-reader.ts";
