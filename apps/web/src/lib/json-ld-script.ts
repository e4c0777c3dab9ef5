/**
 * JSON for a `<script type="application/ld+json">` body: `<` is escaped so no string in an article
 * (`</script>`, `<!--`) can end the script element early.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
