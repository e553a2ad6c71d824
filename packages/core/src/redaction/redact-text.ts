/** What replaces a secret wherever it is found. */
export const REDACTED = '[redacted]'

// Credentials that travel in OAuth2 forms, query strings and token responses. `code` only counts
// as a whole parameter name, so `postcode=` survives.
const FORM_FIELD =
  /(?<![\w-])(client_secret|access_token|refresh_token|id_token|code_verifier|code|password)=([^&\s"'<>]+)/gi
const JSON_FIELD =
  /"(client_secret|clientSecret|access_token|accessToken|refresh_token|refreshToken|id_token|code_verifier|codeVerifier|password)"(\s*:\s*)"(?:[^"\\]|\\.)*"/g
// Everything up to the next space or delimiter: a token holding a character outside token68 (`!`)
// must not leave its tail behind.
const BEARER = /\b(Bearer|Basic)\s+[^\s"'<>,;]+/gi

/**
 * Removes credentials recognisable by their shape (form fields, JSON token fields, `Bearer …`).
 * Secrets with no tell-tale shape are the job of a {@link Redactor}, which knows their values.
 */
export function redactText(text: string): string {
  return text
    .replace(FORM_FIELD, (_match, name: string) => `${name}=${REDACTED}`)
    .replace(JSON_FIELD, (_match, name: string, colon: string) => `"${name}"${colon}"${REDACTED}"`)
    .replace(BEARER, (_match, scheme: string) => `${scheme} ${REDACTED}`)
}
