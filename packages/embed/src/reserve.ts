/**
 * CSS that holds each widget's space open until its element is defined: the same min-height, through the
 * same custom property, as the widget's own `:host` rule, so nothing shifts when it upgrades.
 */
export function reserveCss(heights: Readonly<Record<string, string | undefined>>): string {
  return Object.entries(heights)
    .map(([tag, height]) => `${tag}:not(:defined){display:block;min-height:var(--${tag}-min-height,${height})}`)
    .join('');
}
