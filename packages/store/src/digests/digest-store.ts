export type {
  DeliveryKind,
  DeliveryStatus,
  DigestDelivery,
  DigestSubscription,
  NewDigestSubscription,
} from "./digest-records.ts";
export {
  addDigestSubscription,
  getDigestSubscription,
  listDigestSubscriptions,
  removeDigestSubscription,
} from "./digest-subscriptions.ts";
export {
  claimDigestSlot,
  fixDeliveryParts,
  storedDeliveryParts,
  type DeliveryParts,
  claimedDigestSlots,
  failDelivery,
  failInterruptedDeliveries,
  finishDelivery,
  lastSentDelivery,
  listDigestDeliveries,
  recordDeliveryPart,
  resumeInterruptedDeliveries,
  setDeliveryParts,
  takeDueRetries,
} from "./digest-deliveries.ts";
