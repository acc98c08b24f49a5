/**
 * A value set apart from the text around it, for the reading direction: "#conference" or
 * "@sota" inside Arabic would otherwise show as "conference#", the "#" taking the page's
 * direction. Unicode's first-strong isolate gives the value the direction of its own first
 * letter, so an Arabic tag stays right to left in an English page too. For plain text (a
 * page title, a breadcrumb); markup uses `<bdi>`, which does the same.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
