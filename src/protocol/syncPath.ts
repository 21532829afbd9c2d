/** The WebSocket path of the sync endpoint, on the same origin as the app. */
export const SYNC_PATH = '/sync';
