/**
 * Base64 and binary strings for raw bytes (the embedded log's messages and files, dead
 * letters' original bytes), chunked so large payloads do not overflow the call stack.
 *
 * @example
 * ```ts
 * import { decodeBase64, encodeBase64 } from "./base64.ts";
 * const b64 = encodeBase64(new TextEncoder().encode("héllo"));
 * new TextDecoder().decode(decodeBase64(b64)); // "héllo"
 * ```
 *
 * @module
 */

/** Standard base64 (with padding) of `bytes`. */
export function encodeBase64(bytes: Uint8Array): string {
  return btoa(binaryString(bytes));
}

/** The bytes of a standard base64 string. */
export function decodeBase64(b64: string): Uint8Array {
  return bytesOf(atob(b64));
}

/**
 * `bytes` as a binary string: one character per byte (0–255), which V8 stores one byte
 * per character and `btoa` encodes as is.
 */
export function binaryString(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return s;
}

/** The bytes a binary string stands for (the inverse of `binaryString`). */
export function bytesOf(binary: string): Uint8Array {
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
