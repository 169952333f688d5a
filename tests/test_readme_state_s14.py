"""README facts on State repositories (issue 12, session 14, h4: s13's remains and new State start-ups read).
- a link is the live service only when its own sentence calls it one: a paragraph that speaks of "l'application" and then says
  "Vous trouverez [ici](…) le formulaire de demande d'accès" gives no demo word to the form's link;
- "### Using" (a hosted version, the routes) is the users' guide, not only its sub-heading "API details";
- a sentence that links the team's code-review process or its git-flow is the contributors' guide."""

from __future__ import annotations

from tests.test_readme_state_s12 import readme_fact

ACCESS_FORM = ("# Environment setup\n\n## Fichiers de données source\n\n"
               "Ce projet ne contient que le code source de l'application, il est nécessaire de demander un accès au serveur FTP du "
               "registre afin de récupérer chaque jour les fichiers. Vous trouverez [ici](https://www.registre-exemple.fr/acces-ftp) le "
               "formulaire de demande d'accès au registre.\n\n## Run bundler\n\n`bundle install`\n")


def test_a_link_whose_own_sentence_names_no_site_is_no_demo(tmp_path):
    assert readme_fact(tmp_path, ACCESS_FORM)["demo"] is None
    # counterpart: the sentence of the link calls it the service
    live = ACCESS_FORM.replace("## Run bundler", "## Démo\n\nL'application est en ligne sur [ce site](https://registre.exemple.fr/).\n\n## Run bundler")
    assert readme_fact(tmp_path / "live", live)["demo"]["url"] == "https://registre.exemple.fr/"


USING = ("# transit-rt\n\nSimple API for public transport realtime data.\n\n### Using\n\n"
         "A [hosted version](https://rt.transit-exemple.fr/) of this API can be freely used.\n\nThe API provides several routes:\n\n"
         "* `GET` `/`: list the available datasets\n* `GET` `/{id}/gtfs-rt`: get the realtime feed\n\n#### API details\n\n"
         "The API follows the Siri-lite specification.\n\n## Developping\n\n### Building\n\n`cargo build --release`\n\n"
         "## Using Nginx reverse proxy samples\n\nSee the nginx folder.\n")


def test_a_using_heading_is_the_users_guide(tmp_path):
    fact = readme_fact(tmp_path, USING)
    usage = next(d for d in fact["section_details"] if d["name"] == "usage")
    assert (usage["line"], usage["text"]) == (5, "Using"), usage


REVIEW = ("# Contrôles\n\nUn service numérique pour échanger des documents pendant les contrôles.\n\n## Pour développer\n\n"
          "Notre code review process pour collaborer dans la bonne humeur : https://docs.exemple.fr/review-process\n\n"
          "Comment installer son environnement : [dev_environment.md](docs/dev/dev_environment.md)\n")


def test_a_linked_code_review_process_is_the_contributors_guide(tmp_path):
    fact = readme_fact(tmp_path, REVIEW)
    det = {d["name"]: d["line"] for d in fact["section_details"]}
    assert det.get("contributing") == 7, fact["section_details"]
    # counterpart: a code review named without a link or a pointer says nothing of how to contribute
    plain = REVIEW.replace(" : https://docs.exemple.fr/review-process", ", it will save time.")
    assert "contributing" not in readme_fact(tmp_path / "plain", plain)["sections"]


CLI = ("# Validate transit files\n\nA validator of GTFS transit files that lists the problems it finds.\n\n## Installation\n\n"
       "Install Rust, then `cargo build --release`.\n\n## Run the validator\n\n### Run from a local directory\n\n"
       "`cargo run --release -- --input test_data/network.zip`\n\nThe validator can read a zip file or an url:\n\n"
       "```bash\ncargo run --release -- -i https://example.com/network.gtfs\n```\n\n### Run as a daemon\n\n"
       "`cargo run --release`, then ask for a validation: `curl http://localhost:7878/validate?url=https://example.com/gtfs.zip`\n\n"
       "## Options\n\n- `--input` or `-i`: a path or an URL\n")


def test_running_a_command_line_tool_on_ones_input_is_its_use(tmp_path):
    """s13 r3 (etalab/transport-validator): "## Run the validator" was taken for a local development run because its daemon
    listens on localhost; a tool run on the user's own file or address is the users' guide."""
    fact = readme_fact(tmp_path, CLI)
    usage = next((d for d in fact["section_details"] if d["name"] == "usage"), None)
    assert usage and (usage["line"], usage["text"]) == (9, "Run the validator"), fact["section_details"]
    # counterpart: starting a local development server is no use of the project
    dev = CLI.split("## Run the validator")[0] + "## Lancement\n\n`npm run dev` puis ouvrir http://localhost:3000\n"
    assert "usage" not in readme_fact(tmp_path / "dev", dev)["sections"]
