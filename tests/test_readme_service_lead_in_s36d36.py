"""A line saying what the service does before listing its inputs is the description (issue 12, s36 d36 = reader r18a,
gip-inclusion/pdf-generator): README.md's only prose, "This Express.js service generates PDFs from two sources:" then its two
sources (a URL via `/print`, an HTML string via `/generate`), was taken for a list announcement and skipped, so the readme fact had
no description and no purpose. The subject may be a service, an API or an app, and a qualifier may stand between the article and
the noun (a technology's name, "petit", "small"): "This Express.js service", "Ce petit outil", "Cette API REST". A lead-in saying
how the repository is laid out ("This repository contains the following folders:") stays no description, qualified or not."""

from __future__ import annotations

from auditor.facts.readme_roles import describes_before_list
from tests.test_readme_facts_s32e32 import _readme, _section

FILES = {"package.json": '{"name": "pdf-generator", "main": "src/server.js", "dependencies": {"express": "^4.18.0"}}\n',
         "src/server.js": "const express = require('express');\nconst app = express();\napp.listen(process.env.PORT);\n"}
README = ("# pdf-generator\n\n{lead}\n\n- An arbitrary URL via the `/print` endpoint\n- An HTML string provided in the request body via "
          "the `/generate` endpoint\n\n## Installation on Scalingo\n\nYou can deploy your own PDF generator on Scalingo by forking this "
          "repository.\n\n## Configuration\n\nSet `PORT` and `TIMEOUT` in the environment.\n\n## Usage\n\n```bash\ncurl -X POST $URL/generate\n```\n")


def test_a_qualified_service_saying_what_it_does_before_its_list_is_the_description(tmp_path):
    info = _readme(tmp_path, README.format(lead="This Express.js service generates PDFs from two sources:"), FILES)
    assert info["description"] and info["description"]["line"] == 3, info["description"]
    assert info["description"]["text"].startswith("This Express.js service generates PDFs from two sources:"), info["description"]
    assert _section(info, "purpose") is not None, info["section_details"]


def test_a_lead_in_on_the_repository_layout_stays_no_description(tmp_path):
    info = _readme(tmp_path, README.format(lead="This repository contains the following folders:"), FILES)
    assert info["description"] is None, info["description"]
    assert _section(info, "purpose") is None, info["section_details"]


def test_qualified_subjects_in_french_and_english():
    for line in ("This Express.js service generates PDFs from two sources:", "Ce petit outil convertit les fichiers de deux façons :",
                 "Cette API REST expose les données des communes de deux manières :", "A small Flask app that serves two kinds of maps:",
                 "This service generates PDFs from two sources:"):
        assert describes_before_list(line), line
    for line in ("This repository contains the following folders:", "The Python scripts are organised as follows:",
                 "This Express.js API is available at these two addresses:", "The User Guide explains these tools:",
                 "Run the following Python scripts in this order:"):
        assert not describes_before_list(line), line
