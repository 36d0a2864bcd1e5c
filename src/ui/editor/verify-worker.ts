import { answerVerifyRequest, type VerifyRequest } from './verify-protocol';

/** Checks plans off the main thread so typing in a large plan never waits for the verifier. */
self.onmessage = (event: MessageEvent<VerifyRequest>) => {
  self.postMessage(answerVerifyRequest(event.data));
};
