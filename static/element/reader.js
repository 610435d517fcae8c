// Custom data (`src` or inline) and a site's sheet (`overlay`): the data
// reader, a second wasm fetched only by widgets that have some, is asked for
// the data. The wasm calls this (config.read) and decodes the reader's
// answer (src/browser.rs).

let reader;

/**
 * A function for the wasm: loads the reader once (`files.reader()`, the
 * module, and `files.readerWasm`, its wasm), then reads `src` or the inline
 * text, with the sheet at `overlay` laid over it (what cannot be used
 * worded in `lang`). Rejects with the reader's address when it cannot be loaded.
 */
export const readerFor = (files) => (src, inline, overlay, lang) => {
  const url = files.readerWasm();
  reader ??= files.reader()
    .then(async (glue) => {
      await glue.default({ module_or_path: url });
      return glue;
    })
    .catch((error) => {
      reader = undefined;
      console.warn('heartstopper-widget:', error);
      throw url.href;
    });
  return reader.then((glue) => {
    if (overlay != null) return glue.read_overlay(src ?? undefined, inline ?? undefined, overlay, lang);
    return src == null ? glue.read_text(inline, lang) : glue.read_url(src, lang);
  });
};
