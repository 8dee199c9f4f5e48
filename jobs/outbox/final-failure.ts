/** A refusal for good (e.g. an SMTP 5xx): the outbox message is marked failed and not tried again. */
export class FinalDeliveryFailure extends Error {}

/** Thrown into a handler when the process shuts down mid-message: the message is left for the next worker. */
export class DispatchStopped extends Error {}
