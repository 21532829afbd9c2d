/**
 * Limits on an authenticated socket, as a Hocuspocus hook that runs before any message is handled:
 * message and byte rates per socket, and the envelope rules (envelopePolicy.ts). A refused message
 * closes the socket with its code and is never handled: the hook's promise is left pending on purpose,
 * so Hocuspocus neither applies the message nor logs it (a rejection would print the room's name).
 */
import type { beforeHandleMessagePayload, Extension } from '@hocuspocus/server';
import { CLOSE } from '../src/protocol/index.ts';
import { inspectFrame, isPresence, type Refusal } from './envelopePolicy.ts';
import { gateOf } from './guardedSocket.ts';
import { quotaCheck, type RoomQuota } from './roomQuota.ts';

/** Settles never: the message stays unhandled; nothing holds the promise once the socket is gone. */
const heldBack = (): Promise<never> => new Promise<never>(() => {});

export interface EnvelopeRules extends RoomQuota {
  maxEntryBytes: number;
}

/** null to let the message through, else the close code and a reason for the log. */
function envelopeCheck({ update, document }: beforeHandleMessagePayload, rules: EnvelopeRules): Refusal | null {
  const inspection = inspectFrame(update, rules.maxEntryBytes);
  if (inspection.kind === 'refused') return inspection.refusal;
  return inspection.kind === 'update' ? quotaCheck(document, inspection.update, rules) : null;
}

export function messageLimits(rules: EnvelopeRules): Extension {
  return {
    extensionName: 'message-limits',
    beforeHandleMessage(payload: beforeHandleMessagePayload): Promise<void> {
      const gate = gateOf(payload.context);
      if (!gate || gate.isClosing) return heldBack();
      if (!gate.messages.take() || !gate.bytes.take(payload.update.length)) {
        gate.violate(CLOSE.policy, 'rate limit');
        return heldBack();
      }
      if (!isPresence(payload.update)) gate.touch();
      const refusal = envelopeCheck(payload, rules);
      if (refusal) {
        gate.violate(refusal.code, refusal.reason);
        return heldBack();
      }
      return Promise.resolve();
    },
  };
}
