"""README facts on State repositories left wrong at s34 (issue 12, session 34 fixer o34, reader r14a).

- MTES-MCT/trackdechets-assistance: "## Licence" ("publié sous licence MIT") a level too deep under "# Linting" was set aside with the
  linting rules (no licence), and "# Environnement" over "Se référer au fichier src/core/settings/env.dist" gave no configuration.
- ANSSI-FR/MLA: "* through Cargo: `cargo install mlar`" gave no install (cargo was no command), "### AES-NI support" (the feature a
  crate supports) gave a contact, and "MLA is an archive file format with the following features:" no description.
- ANSSI-FR/DroidWorks: a README opening on "## Installation" took its step "Library and tools are compiled at once using cargo:" for
  the title line and the description; "## Usage" opens on "The DroidWorks project includes a library, …", the description.
- MTES-MCT/dossierfacile-file-analysis: "## Running the Service" step "1. **Install dependencies:**" over an indented fence
  `poetry install` gave no install.
- IGNF/ContinuousGeneralisation: "In order to run this prototype, please install Microsoft Visual Studio 2017, …" gave no install,
  and "Please feel free to contact me if you have any questions." over the author's name and address no contact.
"""

from __future__ import annotations

from tests.test_readme_facts_s32e32 import _readme, _section

CMS = {"src/core/settings/env.dist": "DATABASE_URL=\n", "src/manage.py": "print(1)\n", "lint.sh": "ruff check .\n", "pyproject.toml": "[project]\nname = 'x'\n"}
TRACK = ("# Site web & application d'assistance\n\n**CMS pour le site web et le funnel d'assistance**\n\n# Introduction\n\nMicro-cms pour administrer:\n\n"
         "- le contenu de l'assistance questions-réponses guidées\n- le site web et le calendrier des formations\n\n# Installation\n\n"
         "Installation des dépendances\n\n```\n$ uv sync --frozen\n```\n\n# {env}\n\n{env_text}\n\n# Linting\n\nUtiliser :\n\n```\n    $ ./lint.sh\n```\n\n"
         "## {licence}\n\n{licence_text}\n")


def test_a_licence_chapter_under_linting_and_an_environment_template(tmp_path):
    info = _readme(tmp_path, TRACK.format(env="Environnement", env_text="Se référer au fichier src/core/settings/env.dist", licence="Licence",
                                          licence_text="Le code source du logiciel est publié sous licence [MIT](https://fr.wikipedia.org/wiki/Licence_MIT)."), CMS)
    assert _section(info, "license")["text"] == "Licence", info["section_details"]
    assert _section(info, "configuration")["text"] == "Environnement", info["section_details"]


def test_linting_rules_and_an_environment_chapter_on_nature_stay_aside(tmp_path):
    info = _readme(tmp_path, TRACK.format(env="Environnement", env_text="Le projet réduit l'empreinte carbone des déchets du BTP.", licence="Règles",
                                          licence_text="Chaque fichier commence par l'en-tête de licence MIT, voir [MIT](https://fr.wikipedia.org/wiki/Licence_MIT)."), CMS)
    assert _section(info, "license") is None and _section(info, "configuration") is None, info["section_details"]


RUST = {"Cargo.toml": "[package]\nname = \"mla\"\n", "src/lib.rs": "pub fn a() {}\n"}
MLA = ("# Multi Layer Archive (MLA)\n\n# Introduction\n\nMLA is an archive file format with the following features:\n\n* Support for compression\n"
       "* Streamable archive creation\n\n# Quick command-line usage\n\n```\nmlar create -o my.mla file.txt\n```\n\n`mlar` can be obtained:\n\n"
       "* through Cargo: `cargo install mlar`\n* using the [latest release](https://github.com/example/mla/releases)\n\n# Performance\n\n"
       "### {support}\n\nThis crate uses runtime detection to check if AES-NI is available.{who}\n")


def test_cargo_install_a_feature_support_heading_and_a_format_described(tmp_path):
    info = _readme(tmp_path, MLA.format(support="AES-NI support", who=""), RUST)
    assert _section(info, "install")["text"] == "through Cargo: cargo install mlar", info["section_details"]
    assert _section(info, "contact") is None, info["section_details"]
    assert info["description"]["text"].startswith("MLA is an archive file format"), info["description"]


def test_a_support_chapter_stays_a_contact(tmp_path):
    info = _readme(tmp_path, MLA.format(support="Community support", who=" Write to mla-team@ssi.gouv.fr for help."), RUST)
    assert _section(info, "contact")["text"] == "Community support", info["section_details"]


DROID = ("## Installation\n\nLibrary and tools are compiled at once using cargo:\n\n```\n$ cargo build --release --workspace\n```\n\n## Usage\n\n"
         "{opening}\n\n### Library\n\nTo build the documentation, simply run:\n\n```\n$ cargo doc --workspace --no-deps --open\n```\n")


def test_a_readme_opening_on_installation_describes_itself_under_usage(tmp_path):
    info = _readme(tmp_path, DROID.format(opening="The DroidWorks project includes a library, which can be used to build analysis and apk "
                                                  "crawling tools, and several tools that are build upon this library."), RUST)
    assert info["description"]["text"].startswith("The DroidWorks project includes a library"), info["description"]
    assert _section(info, "purpose")["line"] == 11 and _section(info, "usage")["text"] == "Usage", info["section_details"]


def test_an_installation_step_is_no_description(tmp_path):
    info = _readme(tmp_path, DROID.format(opening="Run the tool on an apk file with the subcommand you need and read its output in the terminal."), RUST)
    assert info["description"] is None and _section(info, "purpose") is None, (info["description"], info["section_details"])


SERVICE = {"pyproject.toml": "[tool.poetry]\nname = \"analysis\"\n", "src/analysis/main.py": "print(1)\n", ".env.example": "AMQP_URL=\n"}
DOSSIER = ("# File Analysis\n\nThis project is a microservice designed to analyze files for quality, listening to a RabbitMQ queue for analysis tasks.\n\n"
           "## Running the Service\n\nTo run the service locally, ensure you have installed the dependencies.\n\n"
           "1.  **{step}:**\n    ```bash\n    {command}\n    ```\n2.  **Start the service:**\n    ```bash\n"
           "    poetry run python src/analysis/main.py\n    ```\n\n## Running Tests\n\nTo run the tests, install the development dependencies:\n\n"
           "```bash\npoetry install --with dev\n```\n\nThen run the tests:\n\n```bash\npoetry run pytest\n```\n")


def test_poetry_install_in_a_numbered_step(tmp_path):
    info = _readme(tmp_path, DOSSIER.format(step="Install dependencies", command="poetry install"), SERVICE)
    assert _section(info, "install")["text"] == "poetry install", info["section_details"]


def test_the_test_dependencies_alone_are_no_install(tmp_path):
    info = _readme(tmp_path, DOSSIER.format(step="Check the settings", command="cat .env"), SERVICE)
    assert _section(info, "install") is None, info["section_details"]


PROTOTYPE = {"ContinuousGeneralizer/Program.cs": "class P {}\n", "ContinuousGeneralizer/ContinuousGeneralizer.sln": "\n"}
CG = ("# ContinuousGeneralisation\nThis is a project for continuous map generalization.\n\nThe prototype (program) is in folder 'ContinuousGeneralizer'.\n"
      "The main language is C#.\n{install}\n\nI understand that it is difficult to set up everything to run the prototype.\n{invite}\n\n"
      "Dongliang Peng  \n{address}  \nwww.researchgate.net/profile/someone\n")


def test_software_to_install_to_run_it_and_a_signed_invitation_to_write(tmp_path):
    info = _readme(tmp_path, CG.format(install="In order to run this prototype, please install Microsoft Visual Studio 2017, ArcObjects SDK 10.6 and Microsoft Office 2016.",
                                       invite="Please feel free to contact me if you have any questions.", address="dpeng.maps@laposte.net"), PROTOTYPE)
    assert _section(info, "install")["line"] == 6, info["section_details"]
    assert _section(info, "contact")["line"] == 8, info["section_details"]


def test_a_thanks_without_address_and_a_run_with_nothing_to_install(tmp_path):
    info = _readme(tmp_path, CG.format(install="In order to run this prototype, open the solution in the editor.",
                                       invite="Please feel free to contact me if you have any questions.", address="Université Gustave Eiffel"), PROTOTYPE)
    assert _section(info, "install") is None and _section(info, "contact") is None, info["section_details"]
