/** Convenience for the "Nieuw gesprek" flow: a fresh room key in the text form storage keeps. */
import { generateRoomKey, roomKeyToBase64Url } from './roomKey.ts';

export const newRoomKeyText = (): string => roomKeyToBase64Url(generateRoomKey());
