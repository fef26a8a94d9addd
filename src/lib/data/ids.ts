import { createHash } from 'node:crypto';

/** RFC 4122 name-based UUID, version 5 (SHA-1), of `name` in the namespace `namespace`. */
export function uuidV5(name: string, namespace: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** RFC 4122's namespace for URLs. */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/**
 * The knowledge base's own namespace. A fixed name rather than the site's address, so ids do not
 * change when the site moves to another domain.
 */
export const VIDENSBASEN_NAMESPACE = uuidV5('urn:vidensbasen:region-oestdanmark', URL_NAMESPACE);

/**
 * The stable id of anything in the exports, from its key: `organisationer/hjerteforeningen` for
 * an entry, `organisationer/hjerteforeningen#telefon` for a part of it. Same key, same id, in
 * every build; HSDS 3.0 asks for UUIDs.
 */
export const stableId = (key: string) => uuidV5(key, VIDENSBASEN_NAMESPACE);
