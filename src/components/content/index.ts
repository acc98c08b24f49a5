/**
 * The components every content page passes to its MDX body, by the names authors write.
 * Their names and attributes are in the registry (src/lib/check/body/components.ts),
 * which `npm run check` and the build's pipeline read; a unit test keeps the two lists
 * the same, so a component is never allowed by the check yet missing on the page.
 */
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import Gallery from './Gallery.astro';
import Internal from './Internal.astro';
import Video from './Video.astro';

export const contentComponentMap = { Callout, Figure, Gallery, Internal, Video } as const;
