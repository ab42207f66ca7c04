// The yaml library, loaded the first time it is needed. It is a third of the CLI bundle: a command over
// articles whose front matter is a few plain `key: value` lines (frontMatter.ts reads those itself) and no
// glossary file of its own never loads it, which saves ~15-20 ms of every such run.
import type * as Yaml from 'yaml';

let lib: typeof Yaml | undefined;

export function yamlLib(): typeof Yaml {
  // A require() of a literal name: the bundler keeps the package in the bundle and runs its code on this call.
  return (lib ??= require('yaml') as typeof Yaml);
}
