"""reusability.configuration (issue 12, s35 i35): files taken as settings templates that are none.
- laatirisedki93/pointage-app-firebase-source: a Cloud Functions stub's .eslintrc.js names ["tsconfig.json", "tsconfig.dev.json"]
  (its parser's projects): TypeScript's compiler options, read by the compiler and the linter, no setting a deployment adapts; the
  check said "template: functions/tsconfig.dev.json". The near miss: a settings file the code reads by name (config/settings.json)
  stays a template.
- DSI-Ville-Noumea/gasel: model/core/Dossier.properties (``chefFamille=chef de famille``, ``dateOuverture=date d'ouverture``) is the
  Dossier entity's field labels, named after the class as a program's settings would be; its values are all words, a message
  catalogue. The near miss: <Class>.properties beside its class holding a host, a port and a path stays the program's settings."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.configuration"

ESLINTRC = """module.exports = {
  root: true,
  env: { es6: true, node: true },
  extends: ["eslint:recommended", "plugin:@typescript-eslint/recommended"],
  parser: "@typescript-eslint/parser",
  parserOptions: {
    project: ["tsconfig.json", "tsconfig.dev.json"],
    sourceType: "module",
  },
  ignorePatterns: ["/lib/**/*"],
  rules: { quotes: ["error", "double"] },
};
"""

FIREBASE_CONFIG = """import { initializeApp } from 'firebase/app';

const firebaseConfig = {
  apiKey: "AIzaSyA-exemple-cle-publique-000000000",
  authDomain: "pointage-demo.firebaseapp.com",
  projectId: "pointage-demo",
};

export const app = initializeApp(firebaseConfig);
"""


def front(extra):
    files = {"README.md": "# Pointage\n\nApplication de pointage.\n\n## Configuration\n\nModifiez src/firebase/config.ts avec les clés de votre projet Firebase.\n",
             "package.json": '{"name": "pointage", "private": true, "scripts": {"dev": "vite", "build": "vite build"}, '
                             '"dependencies": {"react": "^18.3.1", "firebase": "^11.0.0"}, "devDependencies": {"vite": "^5.4.0"}}\n',
             "src/firebase/config.ts": FIREBASE_CONFIG,
             "src/main.tsx": "import { app } from './firebase/config';\n\nconsole.log(app.name);\n",
             "functions/package.json": '{"name": "functions", "main": "lib/index.js", "scripts": {"build": "tsc", "lint": "eslint ."}, '
                                       '"dependencies": {"firebase-functions": "^6.0.1"}, "devDependencies": {"typescript": "^5.7.0", "eslint": "^8.9.0"}}\n',
             "functions/.eslintrc.js": ESLINTRC,
             "functions/tsconfig.json": '{\n  "compilerOptions": {\n    "module": "NodeNext",\n    "outDir": "lib",\n    "strict": true,\n    "target": "es2017"\n  },\n  "include": ["src"]\n}\n',
             "functions/tsconfig.dev.json": '{\n  "include": [".eslintrc.js"]\n}\n',
             "functions/src/index.ts": "// import {onRequest} from \"firebase-functions/v2/https\";\n\nexport {};\n"}
    files.update(extra)
    return files


def check(tmp_path, files):
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def templates(r):
    return [e["path"] for e in r["evidence"] if e.get("value") == "template"]


def test_typescript_compiler_options_named_by_the_linter_are_no_settings_template(tmp_path):
    r = check(tmp_path, front({}))
    assert not any("tsconfig" in p for p in templates(r)), (r["message"], templates(r))
    assert "tsconfig" not in r["message"]["en"], r["message"]


def test_a_settings_file_the_code_reads_by_name_stays_a_template(tmp_path):
    reader = "import fs from 'fs';\n\nconst settings = JSON.parse(fs.readFileSync('./config/settings.json', 'utf8'));\nexport default settings;\n"
    r = check(tmp_path, front({"server/index.js": reader, "server/config/settings.json": '{"port": 8080, "host": "0.0.0.0", "dataDir": "/var/lib/pointage"}\n'}))
    assert "server/config/settings.json" in templates(r), (r["message"], templates(r))


CLASS = "package nc.ccas.gestion.model.core;\n\npublic class Dossier {\n    private String chefFamille;\n}\n"
POM = ("<project><modelVersion>4.0.0</modelVersion><groupId>nc.ccas</groupId><artifactId>gestion</artifactId><version>1</version>"
       "<packaging>war</packaging></project>\n")


def java(labels_or_settings: str):
    return {"README.md": "# Gestion\n\nApplication de gestion.\n", "pom.xml": POM,
            "model/gen-src/nc/ccas/gestion/model/core/Dossier.java": CLASS,
            "webapp/src/core/nc/ccas/gestion/model/core/Dossier.properties": labels_or_settings}


def test_field_labels_named_after_a_class_are_no_settings_template(tmp_path):
    labels = "chefFamille=chef de famille\ndateOuverture=date d'ouverture\ntypeHabitat=type d'habitat\n\nadressePostale=adresse postale\n"
    r = check(tmp_path, java(labels))
    assert not any(p.endswith("Dossier.properties") for p in templates(r)), (r["message"], templates(r))


def test_a_class_settings_file_with_a_host_and_a_path_stays_a_template(tmp_path):
    settings = "serveur=archives.exemple.nc\nport=8443\nrepertoire=/var/lib/gestion/dossiers\nmode=production\n"
    r = check(tmp_path, java(settings))
    assert any(p.endswith("Dossier.properties") for p in templates(r)), (r["message"], templates(r))
