import { afterEach, describe, expect, it } from "vitest";
import {
  addDigestSubscription,
  claimDigestSlot,
  claimedDigestSlots,
  failDelivery,
  failInterruptedDeliveries,
  finishDelivery,
  fixDeliveryParts,
  getDigestSubscription,
  lastSentDelivery,
  listDigestDeliveries,
  listDigestSubscriptions,
  openDatabase,
  recordDeliveryPart,
  removeDigestSubscription,
  resumeInterruptedDeliveries,
  storedDeliveryParts,
  takeDueRetries,
  type Db,
  type NewDigestSubscription,
} from "../src/index.ts";
import { makeTempDir } from "./temp-dir.ts";

const T0 = new Date("2024-03-25T07:00:00.000Z");
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

const WEEKLY: NewDigestSubscription = {
  channelId: "C123",
  channelName: "ekonomi",
  organisations: ["Norrmalms stadsdelsnämnd"],
  cron: "0 8 * * 1",
  scheduleText: "måndag 08:00",
  timezone: "Europe/Stockholm",
  periodic: true,
  newReport: false,
  skipUnchanged: true,
  createdBy: "U1",
};

const open: Db[] = [];
const dirs: { remove(): void }[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
  for (const dir of dirs.splice(0)) dir.remove();
});

function memoryDb(): Db {
  const db = openDatabase(":memory:");
  open.push(db);
  return db;
}

describe("addDigestSubscription / listDigestSubscriptions / removeDigestSubscription", () => {
  it("stores every field and reads it back", () => {
    const db = memoryDb();
    const added = addDigestSubscription(db, WEEKLY, T0);
    expect(added).toEqual({ ...WEEKLY, id: 1, createdAt: "2024-03-25T07:00:00.000Z" });
    const all = {
      ...WEEKLY,
      organisations: [],
      cron: null,
      scheduleText: null,
      periodic: false,
      newReport: true,
      skipUnchanged: false,
    };
    addDigestSubscription(db, all, T0);
    expect(listDigestSubscriptions(db).map((s) => [s.id, s.organisations, s.periodic, s.newReport, s.cron])).toEqual([
      [1, ["Norrmalms stadsdelsnämnd"], true, false, "0 8 * * 1"],
      [2, [], false, true, null],
    ]);
    expect(getDigestSubscription(db, 2)?.skipUnchanged).toBe(false);
    expect(getDigestSubscription(db, 3)).toBeNull();
  });

  it("refuses a periodic subscription without a schedule and one with no kind at all", () => {
    const db = memoryDb();
    expect(() => addDigestSubscription(db, { ...WEEKLY, cron: null }, T0)).toThrow(/CHECK constraint failed/);
    expect(() => addDigestSubscription(db, { ...WEEKLY, periodic: false, newReport: false }, T0)).toThrow(
      /CHECK constraint failed/,
    );
  });

  it("removes a subscription with its deliveries and says whether it existed", () => {
    const db = memoryDb();
    const { id } = addDigestSubscription(db, WEEKLY, T0);
    claimDigestSlot(db, { subscriptionId: id, slot: "at:x", kind: "periodic", now: T0 });
    expect(removeDigestSubscription(db, id)).toBe(true);
    expect(removeDigestSubscription(db, id)).toBe(false);
    expect(listDigestDeliveries(db)).toEqual([]);
  });
});

describe("claimDigestSlot", () => {
  it("claims a slot once; the same slot again is refused, another slot is not", () => {
    const db = memoryDb();
    const { id } = addDigestSubscription(db, WEEKLY, T0);
    const first = claimDigestSlot(db, {
      subscriptionId: id,
      slot: "at:2024-03-25T07:00:00.000Z",
      kind: "periodic",
      now: T0,
    });
    expect(first).toEqual({
      id: 1,
      subscriptionId: id,
      slot: "at:2024-03-25T07:00:00.000Z",
      kind: "periodic",
      status: "sending",
      attempts: 1,
      error: null,
      contentKey: null,
      messageTs: null,
      partsSent: 0,
      claimedAt: T0.toISOString(),
      updatedAt: T0.toISOString(),
      nextAttemptAt: null,
    });
    expect(
      claimDigestSlot(db, {
        subscriptionId: id,
        slot: "at:2024-03-25T07:00:00.000Z",
        kind: "periodic",
        now: minutes(1),
      }),
    ).toBeNull();
    expect(
      claimDigestSlot(db, { subscriptionId: id, slot: "report:abc", kind: "new-report", now: minutes(1) })?.id,
    ).toBe(2);
    expect(claimedDigestSlots(db, id)).toEqual(new Set(["at:2024-03-25T07:00:00.000Z", "report:abc"]));
  });

  it("gives a slot to only one of two connections, and not again after a reopen", () => {
    const dir = makeTempDir("tertial-digest-");
    dirs.push(dir);
    const path = dir.file("digest.db");
    const a = openDatabase(path);
    const b = openDatabase(path);
    open.push(a, b);
    const { id } = addDigestSubscription(a, WEEKLY, T0);
    const claims = [a, b, a, b].map((db) =>
      claimDigestSlot(db, { subscriptionId: id, slot: "at:1", kind: "periodic", now: T0 }),
    );
    expect(claims.map((claim) => claim?.id ?? null)).toEqual([1, null, null, null]);
    a.close();
    const reopened = openDatabase(path);
    open.push(reopened);
    expect(
      claimDigestSlot(reopened, { subscriptionId: id, slot: "at:1", kind: "periodic", now: minutes(5) }),
    ).toBeNull();
  });

  it("returns null for a subscription that was removed", () => {
    const db = memoryDb();
    expect(claimDigestSlot(db, { subscriptionId: 42, slot: "at:1", kind: "periodic", now: T0 })).toBeNull();
  });
});

describe("fixDeliveryParts / storedDeliveryParts", () => {
  const first = { messages: [{ text: "sammanfattning" }, { text: "tabell" }], contentKey: "k1" };
  const second = { messages: [{ text: "annan" }], contentKey: "k2" };

  it("keeps the first content written, also across connections, until the delivery is sent", () => {
    const dir = makeTempDir("tertial-digest-");
    dirs.push(dir);
    const a = openDatabase(dir.file("digest.db"));
    const b = openDatabase(dir.file("digest.db"));
    open.push(a, b);
    const { id } = addDigestSubscription(a, WEEKLY, T0);
    const claim = claimDigestSlot(a, { subscriptionId: id, slot: "at:1", kind: "periodic", now: T0 });
    if (claim === null) throw new Error("no claim");
    expect(storedDeliveryParts(b, claim.id)).toBeNull();
    expect(fixDeliveryParts(a, claim.id, first)).toEqual(first);
    expect(fixDeliveryParts(b, claim.id, second)).toEqual(first);
    failDelivery(b, claim.id, { now: minutes(1), error: "internal_error", retryAt: minutes(2) });
    expect(storedDeliveryParts(a, claim.id)).toEqual(first);
    takeDueRetries(a, minutes(2));
    finishDelivery(a, claim.id, { status: "sent", now: minutes(2), contentKey: "k1" });
    expect(storedDeliveryParts(b, claim.id)).toBeNull();
    expect(fixDeliveryParts(a, 999, first)).toBeNull();
  });

  it("drops the stored content of a delivery that fails for good, or is interrupted past its attempts", () => {
    const db = memoryDb();
    const { id } = addDigestSubscription(db, WEEKLY, T0);
    const claims = ["at:1", "at:2"].map((slot) => {
      const claim = claimDigestSlot(db, { subscriptionId: id, slot, kind: "periodic", now: T0 });
      if (claim === null) throw new Error("no claim");
      fixDeliveryParts(db, claim.id, first);
      return claim.id;
    });
    failDelivery(db, claims[0] ?? 0, { now: T0, error: "channel_not_found", retryAt: null });
    expect(storedDeliveryParts(db, claims[0] ?? 0)).toBeNull();
    resumeInterruptedDeliveries(db, {
      now: minutes(30),
      staleBefore: minutes(15),
      maxAttempts: 1,
      isAlive: () => true,
    });
    expect(listDigestDeliveries(db, { statuses: ["failed"] })).toHaveLength(2);
    expect(storedDeliveryParts(db, claims[1] ?? 0)).toBeNull();
  });
});

describe("failDelivery / takeDueRetries", () => {
  it("hands a retry to one connection once its time has come, counting the attempt", () => {
    const dir = makeTempDir("tertial-digest-");
    dirs.push(dir);
    const a = openDatabase(dir.file("digest.db"));
    const b = openDatabase(dir.file("digest.db"));
    open.push(a, b);
    const { id } = addDigestSubscription(a, WEEKLY, T0);
    const claim = claimDigestSlot(a, { subscriptionId: id, slot: "at:1", kind: "periodic", now: T0 });
    if (claim === null) throw new Error("no claim");
    failDelivery(a, claim.id, { now: T0, error: "ratelimited", retryAt: minutes(1) });
    expect(takeDueRetries(b, new Date(minutes(1).getTime() - 1))).toEqual([]);
    const [retry] = takeDueRetries(b, minutes(1));
    expect([retry?.id, retry?.status, retry?.attempts, retry?.error]).toEqual([claim.id, "sending", 2, "ratelimited"]);
    expect(takeDueRetries(a, minutes(2))).toEqual([]);
  });

  it("records a final failure, visible by status", () => {
    const db = memoryDb();
    const { id } = addDigestSubscription(db, WEEKLY, T0);
    const claim = claimDigestSlot(db, { subscriptionId: id, slot: "at:1", kind: "periodic", now: T0 });
    if (claim === null) throw new Error("no claim");
    failDelivery(db, claim.id, { now: minutes(3), error: "channel_not_found", retryAt: null });
    expect(listDigestDeliveries(db, { statuses: ["failed"] }).map((d) => [d.status, d.error, d.nextAttemptAt])).toEqual(
      [["failed", "channel_not_found", null]],
    );
    expect(listDigestDeliveries(db, { statuses: ["sent"] })).toEqual([]);
    expect(takeDueRetries(db, minutes(60))).toEqual([]);
  });
});

describe("failInterruptedDeliveries", () => {
  it("marks deliveries stuck in sending as failed, leaving recent ones alone", () => {
    const db = memoryDb();
    const { id } = addDigestSubscription(db, WEEKLY, T0);
    claimDigestSlot(db, { subscriptionId: id, slot: "at:old", kind: "periodic", now: T0 });
    claimDigestSlot(db, { subscriptionId: id, slot: "at:new", kind: "periodic", now: minutes(20) });
    expect(failInterruptedDeliveries(db, minutes(21), minutes(10))).toBe(1);
    expect(listDigestDeliveries(db).map((d) => [d.slot, d.status, d.error])).toEqual([
      ["at:new", "sending", null],
      ["at:old", "failed", "avbruten: processen stoppades under utskicket"],
    ]);
  });
});

describe("finishDelivery / recordDeliveryPart / lastSentDelivery", () => {
  it("keeps the first message ts, counts parts and finds the latest sent delivery of a kind", () => {
    const db = memoryDb();
    const { id } = addDigestSubscription(db, WEEKLY, T0);
    const first = claimDigestSlot(db, { subscriptionId: id, slot: "at:1", kind: "periodic", now: T0 });
    const second = claimDigestSlot(db, { subscriptionId: id, slot: "at:2", kind: "periodic", now: minutes(1) });
    if (first === null || second === null) throw new Error("no claim");
    recordDeliveryPart(db, first.id, { now: T0, messageTs: "1.1" });
    recordDeliveryPart(db, first.id, { now: T0, messageTs: "1.2" });
    finishDelivery(db, first.id, { status: "sent", now: T0, contentKey: "k1" });
    finishDelivery(db, second.id, { status: "skipped", now: minutes(1), contentKey: "k1", note: "oförändrad" });
    const last = lastSentDelivery(db, id, "periodic");
    expect([last?.slot, last?.messageTs, last?.partsSent, last?.contentKey]).toEqual(["at:1", "1.1", 2, "k1"]);
    expect(lastSentDelivery(db, id, "new-report")).toBeNull();
    expect(listDigestDeliveries(db, { subscriptionId: id, limit: 1 }).map((d) => [d.slot, d.status, d.error])).toEqual([
      ["at:2", "skipped", "oförändrad"],
    ]);
  });
});
