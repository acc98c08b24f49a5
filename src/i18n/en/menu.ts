/**
 * English strings of the header's menu: the button that shows the site's sections on
 * screens too narrow to list them in the header's row.
 */
export const menu = {
  /** The menu button's visible name. */
  'menu.open': 'Menu',
} as const;
