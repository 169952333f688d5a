"""Personal data a front end's forms collect (issue 12, s26 f26 = s26 reader o1): scaling.personal-data read only database
schemas and models, and forms by their inputs' names in code files.
- sigrennesmetropole/cooperation_jn_solar: a Vue component asks for the user's e-mail (<input type="email" v-model="userEmail">) to
  send the simulation, but its seven TypeScript models hold no person: "pass, no personal-data field".
- sigrennesmetropole/cartoHoraires: an mviewer survey's Mustache template asks for an e-mail (<input type="email" name="email-form">),
  no model at all: "not applicable".
Scope: the check is about the personal data a reuser will process; a form that collects it is part of it, though where it is kept
is not measured (the check's own verdict for forms without a model: inconclusive). Right neighbour: a search field beside models
without people still passes."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PD = "scaling.personal-data"

SPA = {"package.json": '{"name": "simulateur", "private": true, "dependencies": {"vue": "^3.2.0", "pinia": "^2.0.0"}}\n',
       "README.md": "# Simulateur\n\nSimulateur solaire de la métropole.\n",
       "index.html": "<!doctype html><html lang=\"fr\"><body><div id=\"app\"></div></body></html>\n",
       "src/main.ts": "import { createApp } from 'vue'\nimport App from './App.vue'\n\ncreateApp(App).mount('#app')\n",
       "src/App.vue": "<template>\n  <main><h1>Simulateur</h1></main>\n</template>\n",
       "src/model/roof.model.ts": "export interface Roof {\n  id: number\n  surface: number\n  orientation: string\n  production: number\n}\n",
       "src/model/panel.model.ts": "export interface Panel {\n  id: number\n  power: number\n  count: number\n}\n"}
RESULT = ("<script setup lang=\"ts\">\nimport { ref } from 'vue'\nconst userEmail = ref('')\n</script>\n<template>\n  <form>\n"
          "    <label for=\"mail\">Recevoir le résultat</label>\n    <input id=\"mail\" type=\"email\" v-model=\"userEmail\" />\n"
          "    <button type=\"submit\">Envoyer</button>\n  </form>\n</template>\n")


def test_an_email_input_of_a_front_end_is_personal_data_collected(tmp_path):
    res = judge(tmp_path, dict(SPA, **{"src/components/EmailResult.vue": RESULT}), [PD])[1][PD]
    assert res["status"] != "pass", res["message"]
    assert "e-mail" in res["message"]["en"], res["message"]


def test_a_mustache_survey_form_asking_an_email_is_no_longer_not_applicable(tmp_path):
    files = {"README.md": "# Carte des horaires\n\nCarte participative des horaires de travail.\n",
             "index.html": "<!doctype html><html lang=\"fr\"><body><div id=\"map\"></div></body></html>\n",
             "templates/form.mst": ("<form>\n  <label>Votre adresse</label>\n  <input id=\"email-form\" type=\"email\" placeholder=\"email@mail.com\" "
                                    "class=\"form-control\" name=\"email-form\" required>\n  <button>Valider</button>\n</form>\n"),
             "js/main.js": "function send(form) {\n  return fetch('/api/answers', { method: 'POST', body: new FormData(form) });\n}\n"}
    res = judge(tmp_path, files, [PD])[1][PD]
    assert res["status"] == "inconclusive", res["message"]
    assert "e-mail" in res["message"]["en"], res["message"]


def test_a_search_field_beside_models_without_people_still_passes(tmp_path):
    search = "<template>\n  <input type=\"search\" name=\"q\" placeholder=\"Adresse\" />\n</template>\n"
    res = judge(tmp_path, dict(SPA, **{"src/components/Search.vue": search}), [PD])[1][PD]
    assert res["status"] == "pass", res["message"]
