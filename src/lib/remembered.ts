/**
 * Remembers what `compute` returned for each key. For Intl formatters and their output:
 * building a formatter or formatting costs microseconds, and a large build asks for the
 * same few zones and numbers millions of times.
 */
export function remembered<K, V>(compute: (key: K) => V): (key: K) => V {
  const seen = new Map<K, V>();
  return (key) => {
    let value = seen.get(key);
    if (value === undefined) seen.set(key, (value = compute(key)));
    return value;
  };
}
