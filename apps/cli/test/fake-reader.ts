export { fakeReader, writeFakeReport } from "../../../packages/store/test/fake-reader.ts";
