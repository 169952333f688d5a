"""A Flutter pubspec's dependency blocks read whole (issue 12, session 25 reader o3, GIP-RECIA/Application-mobile-POC R5):
Flutter's generated pubspec.yaml puts a blank line and comment lines after ``flutter: sdk: flutter``; the parser stopped at the
first blank line and each manifest read as one dependency (``flutter``) instead of 12, 10 and 3. A block now runs to the next
line at column 0; a key deeper than the block's first indentation (``sdk:``, ``git: url:``) is a package's detail, not a package."""

from __future__ import annotations

from auditor.facts.manifests import _pubspec
from tests.test_scaling import ctx_for, one

_GENERATED = (
    "name: appli_mairie\n"
    "description: \"Application de la mairie.\"\n"
    "publish_to: 'none' # Remove this line if you wish to publish to pub.dev\n"
    "\n"
    "version: 1.0.0+1\n"
    "\n"
    "environment:\n"
    "  sdk: '>=3.4.0 <4.0.0'\n"
    "\n"
    "# Dependencies specify other packages that your package needs in order to work.\n"
    "dependencies:\n"
    "  flutter:\n"
    "    sdk: flutter\n"
    "\n"
    "\n"
    "  # The following adds the Cupertino Icons font to your application.\n"
    "  # Use with the CupertinoIcons class for iOS style icons.\n"
    "  cupertino_icons: ^1.0.6\n"
    "  dio: ^5.4.0\n"
    "  provider: ^6.1.1\n"
    "  carte_outils:\n"
    "    git:\n"
    "      url: https://example.org/carte_outils.git\n"
    "      ref: main\n"
    "\n"
    "dev_dependencies:\n"
    "  flutter_test:\n"
    "    sdk: flutter\n"
    "\n"
    "  # The \"flutter_lints\" package below contains a set of recommended lints.\n"
    "  flutter_lints: ^3.0.0\n"
    "\n"
    "flutter:\n"
    "  uses-material-design: true\n"
    "  assets:\n"
    "    - images/\n"
)


def test_blank_and_comment_lines_do_not_end_the_dependencies_block():
    _name, deps, dev = _pubspec("pubspec.yaml", _GENERATED)
    assert deps == ["flutter", "cupertino_icons", "dio", "provider", "carte_outils"]
    assert dev == ["flutter_test", "flutter_lints"]


def test_a_compact_pubspec_is_read_as_before():
    """The neighbour: a pubspec with no blank line in its block keeps its packages; the flutter: section after it
    (uses-material-design) is no dependency."""
    text = "name: outil\ndependencies:\n  flutter:\n    sdk: flutter\n  http: ^1.1.0\nflutter:\n  uses-material-design: true\n"
    assert _pubspec("pubspec.yaml", text)[1] == ["flutter", "http"]


def test_a_four_space_pubspec_is_read_at_its_own_indentation():
    text = "name: outil\ndependencies:\n    flutter:\n        sdk: flutter\n    http: ^1.1.0\nflutter:\n    uses-material-design: true\n"
    assert _pubspec("pubspec.yaml", text)[1:] == (["flutter", "http"], [])


def test_the_manifests_fact_of_a_flutter_app_one_folder_down(repo, tmp_path):
    path = one(repo, {"README.md": "# Appli\n", "appli_mairie/pubspec.yaml": _GENERATED,
                      "appli_mairie/lib/main.dart": "import 'package:flutter/material.dart';\n\nvoid main() {}\n"})
    manifests = {m["path"]: m for m in ctx_for(path, tmp=tmp_path).fact("manifests")["manifests"]}
    entry = manifests["appli_mairie/pubspec.yaml"]
    assert len(entry["dependencies"]) == 5 and "provider" in entry["dependencies"], entry
    assert entry["dev_dependencies"] == ["flutter_test", "flutter_lints"], entry
