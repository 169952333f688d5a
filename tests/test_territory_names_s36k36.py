"""reusability.territory-neutral (issue 12, s36 k36 = TanguyJ44/Launcher-BYOD-Metropole-de-Lyon).

A Swing launcher written for the Métropole de Lyon names it twice: its window's title, setTitle("Launcher BYOD - Lyon Métropole")
(found: "<city> Métropole" anywhere in the code), and the line its main() prints first, System.out.println("Launcher BYOD - Métropole
de Lyon"), which was missed: an authority's name in the "Métropole de X" order ("Ville de X", "Communauté de communes du X"…) was
read only when it opened its string (or followed a site's acronym), not after a product's title and its separator nor inside a
sentence ("Bienvenue sur le portail de la Ville de Rennes."). It is now read anywhere in a string literal or a tag's text, when the
place it names is a commune's (INSEE's, or a capitalised compound) — or any capitalised name after "Communauté de communes",
"Communauté d'agglomération", "Collectivité de".
Near misses: a label whose words name no place ("Code Commune de Naissance"), the same sentence in a comment (its line's or trailing),
"Métropole de France", and a person's affiliation in credits ("Jeanne Martin/Ville de Rennes", a slide deck's speakers) stay clean.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"

POM = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.byod</groupId>
  <artifactId>launcher</artifactId>
  <version>1.0</version>
</project>
"""

MAIN = """package org.byod;

import org.byod.gui.Frame;

public class Main {

    public static void main(String[] args) {
        System.out.println("Launcher BYOD - Métropole de Lyon");
        new Frame().setVisible(true);
    }
}
"""

FRAME = """package org.byod.gui;

public class Frame extends javax.swing.JFrame {

    public Frame() {
        setTitle("Launcher BYOD - Lyon Métropole");
    }
}
"""

JAVA = {"pom.xml": POM, "src/main/java/org/byod/Main.java": MAIN, "src/main/java/org/byod/gui/Frame.java": FRAME}


def _found(r: dict) -> set:
    return {(e.get("path"), e.get("line")) for e in r["evidence"] if e.get("kind") == "finding"}


def test_an_authority_named_after_a_title_separator_is_found(tmp_path):
    r = check_result(tmp_path, JAVA, CID)
    found = _found(r)
    assert ("src/main/java/org/byod/gui/Frame.java", 6) in found, r["evidence"]
    assert ("src/main/java/org/byod/Main.java", 8) in found, r["evidence"]  # was missed: only Frame.java was listed
    assert r["details"]["files"] == 2, r["message"]


SENTENCES = """export const messages = {
  welcome: "Bienvenue sur le portail de la Ville de Rennes.",
  footer: 'Données fournies par la Communauté de communes du Pays de Mormal',
};
"""

APP = {"package.json": '{"name": "portail", "private": true, "dependencies": {"react": "^18.2.0"}}\n',
       "src/index.js": "import { messages } from './messages';\nconsole.log(messages.welcome);\n"}


def test_an_authority_named_inside_a_sentence_of_a_string_is_found(tmp_path):
    r = check_result(tmp_path, {**APP, "src/messages.js": SENTENCES}, CID)
    assert {("src/messages.js", 2), ("src/messages.js", 3)} <= _found(r), r["evidence"]


NEAR = """// Launcher BYOD - Métropole de Lyon
export const labels = {
  birth: "Code Commune de Naissance",
  scope: "Données de la Métropole de France et des outre-mer",
  credit: "Jeanne Martin/Ville de Rennes",
};
export function start() {
  console.log("start"); // pour la Ville de Rennes
}
"""


def test_words_naming_no_place_and_comments_stay_clean(tmp_path):
    r = check_result(tmp_path, {**APP, "src/messages.js": NEAR}, CID)
    assert r["status"] == "pass", r["evidence"]
