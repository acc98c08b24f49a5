/**
 * What an e-mail address in content may look like, when the wiki itself sends to it
 * (the digest's recipients). Content is untrusted and an address ends up in an SMTP
 * envelope and a `To:` header, so this is deliberately narrower than RFC 5322: one bare
 * address, no display name, no quotes, no comments, no second `@`, no line break or
 * other control character, and none of the old routing tricks (`%`, `!`) that let a
 * relay forward `someone%elsewhere.com@company.com` outside the company. A domain in
 * another script (`bücher.example`) is accepted and compared and sent as its ASCII
 * (punycode) form, so what is checked is exactly what is sent. Pure; no Zod here, so
 * the schema, the content check and `npm run digest:send` share it.
 */
import { domainToASCII } from 'node:url';

/** A recipient after checking: the address to send to, domain in lowercase ASCII. */
export interface CheckedAddress {
  /** `local@domain`, the domain lowercased and in punycode. @example "news@xn--bcher-kva.example" */
  address: string;
  /** The domain part as sent. @example "xn--bcher-kva.example" */
  domain: string;
}

/** Why an address was refused, in words for the author. */
export interface AddressError {
  message: string;
  hint: string;
}

const example = 'like "devrel-news@company.example"';
// C0 and C1 controls (CR, LF, NUL, ESC, TAB…), DEL, line and paragraph separators.
const controls = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// Letters, digits and . _ + ' - only: enough for real mailboxes and lists, nothing that routes.
const localPart = /^[A-Za-z0-9_+'-]+(?:\.[A-Za-z0-9_+'-]+)*$/;
const label = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const topLevel = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * Normalise a domain to lowercase ASCII (punycode for other scripts), or undefined when
 * it is not a host name with at least two labels. IP literals and trailing dots are refused.
 */
export function asciiDomain(domain: string): string | undefined {
  if (domain === '' || domain.length > 253 || domain.endsWith('.') || domain.startsWith('[')) return undefined;
  const ascii = domainToASCII(domain).toLowerCase();
  if (ascii === '' || ascii.length > 253) return undefined;
  const labels = ascii.split('.');
  if (labels.length < 2 || !labels.every((l) => label.test(l)) || !topLevel.test(labels.at(-1)!)) return undefined;
  return ascii;
}

/** Check one recipient written in content; returns the address to send to, or why not. */
export function checkAddress(value: string): CheckedAddress | AddressError {
  if (controls.test(value)) {
    return { message: 'this address contains a line break or another control character', hint: `write one address on one line, ${example}` };
  }
  const text = value.trim();
  if (text === '') return { message: 'this address is empty', hint: `write an address ${example}, or remove the line` };
  if (text.length > 254) return { message: `this address is ${text.length} characters long; an e-mail address has at most 254`, hint: `write the address alone, ${example}` };
  if (/[<>"(),;:\s\\[\]]/.test(text)) {
    return {
      message: 'write the address alone: names, quotes, angle brackets, commas and spaces are not accepted here',
      hint: `one address per line, ${example}; to reach many people, send to a mailing list`,
    };
  }
  const parts = text.split('@');
  if (parts.length !== 2) {
    return { message: parts.length === 1 ? 'this is not an e-mail address: it has no @' : 'this address has more than one @', hint: `write one address, ${example}` };
  }
  const [local, domain] = parts as [string, string];
  if (!localPart.test(local) || local.length > 64) {
    return {
      message: `the part before the @ ("${local}") may only use letters, digits, dots, dashes, underscores, plus signs and apostrophes`,
      hint: `${example}; % and ! would let a mail server forward the message elsewhere`,
    };
  }
  const ascii = asciiDomain(domain);
  if (!ascii) return { message: `"${domain}" is not a mail domain`, hint: `write a domain like "company.example" after the @, without a trailing dot` };
  return { address: `${local}@${ascii}`, domain: ascii };
}

/** Narrowing helper. */
export const isAddressError = (result: CheckedAddress | AddressError): result is AddressError => 'message' in result;
