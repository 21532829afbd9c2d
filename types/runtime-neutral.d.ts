/**
 * The few globals that both runtimes (browsers and Node 20) provide and the DOM-free, Node-free
 * code (src/domain, src/protocol) may use. Anything else there is a type error.
 */
declare function btoa(data: string): string;
declare function atob(data: string): string;

declare const crypto: { getRandomValues<T extends Uint8Array>(array: T): T };

declare class TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>;
}

