"""licensing.reuse: a header that grants a licence in words is tagged with that licence, never with the one the project will choose.

Real case (issue 12, s47 fi47 = urbanlab/maquette-biotope): components/node-red/node-red-configuration/settings.js is Node-RED's
settings template, its header "Copyright JS Foundation and other contributors … Licensed under the Apache License, Version 2.0".
The project has no licence yet, and the advice told to add "SPDX-License-Identifier: <SPDX id of the chosen license>" to it: to
relicense a third-party file copied in. Its tag says Apache-2.0 and its own holder.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

APACHE_HEADER = ("/**\n * Copyright Example Foundation and other contributors, https://example.org/\n *\n"
                 " * Licensed under the Apache License, Version 2.0 (the \"License\");\n"
                 " * you may not use this file except in compliance with the License.\n"
                 " * You may obtain a copy of the License at\n *\n * http://www.apache.org/licenses/LICENSE-2.0\n *\n"
                 " * Unless required by applicable law or agreed to in writing, software\n"
                 " * distributed under the License is distributed on an \"AS IS\" BASIS,\n"
                 " * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.\n"
                 " * See the License for the specific language governing permissions and\n * limitations under the License.\n **/\n\n"
                 "module.exports = {\n    uiPort: process.env.PORT || 1880,\n    flowFile: 'flows.json'\n};\n")
APP = {"web/main.js": "const express = require('express');\nconst app = express();\napp.listen(3000);\n",
       "web/package.json": ('{\n  "name": "web",\n  "version": "1.0.0",\n  "description": "",\n  "main": "main.js",\n  "scripts": {\n'
                            '    "test": "echo \\"Error: no test specified\\" && exit 1"\n  },\n  "author": "",\n  "license": "ISC",\n'
                            '  "dependencies": {"express": "^4.18.0"}\n}\n'),
       "flows/settings.js": APACHE_HEADER, "README.md": "# Heat demo\n\nA demonstration dashboard of street sensors.\n",
       # (the project's own code, most of the sources: the copied settings file is one among them)
       **{f"web/sensors/{name}.js": "".join(f"export function {name}{i}(reading) {{\n  const value = Number(reading.value) * {i};\n"
                                            f"  return {{ sensor: '{name}', value, at: reading.at }};\n}}\n\n" for i in range(30))
          for name in ("temperature", "humidity", "wind", "sunlight")}}


def reuse(repo, tmp_path, files: dict) -> dict:
    report = audit(str(repo([{"files": {**APP, **files}}])), AuditOptions(cache_dir=tmp_path / "c", only=["licensing.reuse"]))
    return report["results"][0]


def test_without_a_project_licence_the_header_s_own_licence_is_advised(repo, tmp_path):
    advice = reuse(repo, tmp_path, {})["remediation"]
    assert "SPDX-License-Identifier: Apache-2.0" in advice["en"] and "SPDX-License-Identifier: Apache-2.0" in advice["fr"]
    assert "another holder" in advice["en"] and "autre titulaire" in advice["fr"]
    assert "state their license in their header, in words: add to it the line \"SPDX-License-Identifier: <SPDX id" not in advice["en"]


def test_near_miss_headers_naming_the_project_s_licence_get_its_tag(repo, tmp_path):
    """A project under Apache-2.0 whose own headers say so in words: the project's licence, without the third-party caution."""
    advice = reuse(repo, tmp_path, {"LICENSE": APACHE_TEXT})["remediation"]
    assert "SPDX-License-Identifier: Apache-2.0" in advice["en"] and "another holder" not in advice["en"]


APACHE_TEXT = ("\n                                 Apache License\n                           Version 2.0, January 2004\n"
               "                        http://www.apache.org/licenses/\n\n   TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION\n\n"
               "   1. Definitions.\n\n      \"License\" shall mean the terms and conditions for use, reproduction,\n"
               "      and distribution as defined by Sections 1 through 9 of this document.\n")
