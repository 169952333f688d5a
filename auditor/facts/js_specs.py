"""API descriptions written as JavaScript/TypeScript modules, for the ``files`` fact's ``openapi`` (see
:func:`auditor.facts.files.specs_by_content`)."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

# An API description written as a JavaScript module: an object literal led by its openapi/swagger/asyncapi key, exported or bound
# ("module.exports = { swagger: '2.0', …", "export default { openapi: '3.0.0', …", "const spec = { openapi: …"), or under its version's
# key ("module.exports = { v1: { swagger: `2.0`, …"); a generator's options that nest the description ("const options = { definition: {
# openapi: … } }", swagger-jsdoc) are not one
SPEC_KEY_JS = lazy_compile(r"(?:module\.exports\s*=|export\s+default|(?:const|let|var)\s+\w+(?:\s*:\s*[\w.<>\[\]]+)?\s*=)\s*\{\s*(?:['\"]?v?\d[\w.-]*['\"]?\s*:\s*\{\s*)?"
                           r"['\"]?(openapi|swagger|asyncapi)['\"]?\s*:\s*['\"`]\d")
JS_SPEC_EXT = ("js", "mjs", "cjs", "ts")
# a JS/TS module named after an API description (openapi.ts, swagger.js, public-openapi.mjs): read whole (up to MAX_JS_SPEC_BYTES)
SPEC_FILE_NAME = lazy_compile(r"openapi|swagger|asyncapi", re.I)
JS_PATHS_KEY = lazy_compile(r"^[^\S\n]*['\"]?(?:paths|channels)['\"]?\s*:\s*\{", re.M)
