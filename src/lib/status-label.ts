/**
 * The word for a program or outcome status (`on-track` → `On track`), written the same
 * on its badge (StatusBadge) and in a page's facts.
 */
export function statusLabel(status: string): string {
  const words = status.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
