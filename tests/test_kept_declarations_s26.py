"""A TypeScript declaration file kept by hand in a dist/ folder whose bundle the .gitignore ignores by name is no build output
(issue 12, s26 j26 = s26 o4, an npm wrapper of a web app: npm/react/dist/index.d.ts committed and edited with the features,
while .gitignore lists npm/react/dist/index.js). A dist/ holding declarations nobody chose file by file stays build output."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

BUILD = "reusability.build-output"

DTS = 'declare module "@ademe/impact-react" {\n    import React from "react";\n    const Etiquette: (p: {value: number}) => React.JSX.Element;\n}\n'
APP = {"README.md": "# Comparateur carbone\n\nLe site et son composant React publié sur npm.\n",
       "package.json": '{"name": "comparateur", "version": "1.0.0", "scripts": {"build:npm": "webpack"}}\n',
       "src/index.tsx": "export const Etiquette = ({value}: {value: number}) => null;\n",
       "npm/react/package.json": '{"name": "@ademe/impact-react", "version": "1.7.0", "main": "dist/index.js", "types": "dist/index.d.ts"}\n',
       "npm/react/README.md": "# Composant React\n\nnpm install @ademe/impact-react\n",
       "npm/react/dist/index.d.ts": DTS}


def test_a_declaration_kept_beside_an_ignored_bundle_is_no_build_output(tmp_path):
    files = dict(APP, **{".gitignore": "node_modules/\n\nnpm/react/dist/index.js\nnpm/react/dist/index.js.LICENSE.txt\n\n/dist/\n"})
    res = judge(tmp_path, files, [BUILD])[1][BUILD]
    assert res["status"] == "pass", res["message"]


def test_declarations_in_a_dist_folder_the_gitignore_does_not_name_stay_build_output(tmp_path):
    files = dict(APP, **{".gitignore": "node_modules/\n*.log\n"})
    res = judge(tmp_path, files, [BUILD])[1][BUILD]
    assert res["status"] == "warn", res["message"]
    assert "npm/react/dist/index.d.ts" in [e.get("path") for e in res.get("evidence") or []]
