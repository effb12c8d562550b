/**
 * Base64 for raw bytes (the embedded log's files, dead letters' original bytes),
 * chunked so large payloads do not overflow the call stack.
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
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** The bytes of a standard base64 string. */
export function decodeBase64(b64: string): Uint8Array {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
