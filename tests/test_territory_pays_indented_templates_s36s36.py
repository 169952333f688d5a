"""Issue 12, session 36 (s36, reader m34o1): reusability.territory-neutral on a Rails platform written for a rural territory
(WildCodeSchool/laloupe-1014-territoireParticipatif): its HAML views name the Pays Perche d'Eure-et-Loir in the footer
(`%h3 PAYS PERCHE D'EURE-ET-LOIR` over `18 rue de la Gare` / `28240 La Loupe`) and in its surveys ("Proposé par : Pays du Perche
d’Eure-et-Loir"); the check said "Aucune valeur propre à un territoire" (pass 10).

- a Pays' or a PETR's name (ending on a département's name, or a PETR's) is a territory's name (territory.pays-name); "Pays" as a
  country is not (Pays de Galles, Pays de naissance, the région Pays de la Loire);
- HAML, Slim and Pug text lines read as an HTML page's text (auditor.facts.indented_markup), so the address under the body's name
  is read as a town hall's is; code lines, filters and comments stay as they are."""

from __future__ import annotations

from auditor.facts.indented_markup import as_html_text
from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"
BASE = {"README.md": "# Territoire Participatif\n\nA participatory platform.\n", "Gemfile": "source 'https://rubygems.org'\ngem 'rails', '~> 4.2'\ngem 'haml-rails'\n",
        "app/controllers/projets_controller.rb": "class ProjetsController < ApplicationController\n  def index\n    @projets = Projet.all\n  end\nend\n",
        "app/models/projet.rb": "class Projet < ActiveRecord::Base\nend\n"}
FOOTER = """%footer
  .container
    %address
      %h3 PAYS PERCHE D'EURE-ET-LOIR
      %p
        12 rue de la Poste
        \\-
        28240 La Loupe
        %br
        = mail_to 'contact@example.org'
    .newsletter
      %h3 Inscrivez-vous à la lettre d’information
"""
SURVEY = """.row
  .col-sm-8
    .panel
      .panel-body
        %p Objectifs : connaître les usages numériques des habitants.
        %p Proposé par : Pays du Perche d’Eure-et-Loir
        = link_to 'Je participe', 'sondages/new', class: 'btn'
"""
COUNTRY = """%footer
  .container
    %address
      %h3 Nous écrire
      %p
        12 rue de la Poste
        28240 La Loupe
    = form_tag('/inscription') do
      %label Pays de naissance
      %p Nos correspondants au Pays de Galles
      %p Pays de la Loire
"""


def test_a_pays_name_and_its_address_in_haml_views_are_the_territorys(tmp_path):
    files = {**BASE, "app/views/layouts/_footer.haml": FOOTER, "app/views/sondages/index.haml": SURVEY}
    r = check_result(tmp_path, files, CID)
    assert r["status"] in ("warn", "fail"), (r["status"], r["message"])  # was pass 10
    values = {(e["path"], e.get("line"), str(e.get("value"))) for e in r["evidence"] if e["kind"] == "finding"}
    assert ("app/views/layouts/_footer.haml", 4, "PAYS PERCHE D'EURE-ET-LOIR") in values, values
    assert ("app/views/layouts/_footer.haml", 8, "28240 La Loupe") in values, values
    assert ("app/views/sondages/index.haml", 6, "Pays du Perche d’Eure-et-Loir") in values, values


def test_pays_as_a_country_and_an_address_under_no_body_stay_neutral(tmp_path):
    r = check_result(tmp_path, {**BASE, "app/views/layouts/_footer.haml": COUNTRY}, CID)
    assert r["status"] == "pass" and r["details"]["findings"] == 0, (r["message"], r["evidence"])


def test_a_petr_named_in_slim_and_pug_text_lines(tmp_path):
    files = {**BASE, "app/views/layouts/_footer.slim": "footer\n  h3 PETR du Pays de Brocéliande\n  p\n    | Accueil du public\n",
             "views/index.pug": "section\n  h2.title Qui sommes-nous ?\n  p\n    | Une plateforme du Pays de Savoie\n"}
    r = check_result(tmp_path, files, CID)
    values = {(e["path"], str(e.get("value"))) for e in r["evidence"] if e["kind"] == "finding"}
    assert ("app/views/layouts/_footer.slim", "PETR du Pays de Brocéliande") in values, values
    assert ("views/index.pug", "Pays de Savoie") in values, values


def test_code_filters_and_comments_are_not_page_text():
    haml = ("%p Bonjour\n= link_to 'Accueil',\n  root_path\n:javascript\n  var a = 1;\n-# Pays Perche d'Eure-et-Loir\n  note\n"
            "%a{href: '/x'} Lien\n%p= @titre\n28240 La Loupe\n")
    out = as_html_text(haml, "haml").split("\n")
    assert out == ["%p >Bonjour<", "= link_to 'Accueil',", "  root_path", ":javascript", "  var a = 1;", "-# Pays Perche d'Eure-et-Loir", "  note",
                   "%a{href: '/x'} >Lien<", "%p= @titre", ">28240 La Loupe<", ""], out
    pug = "script.\n  var a = 'x';\nif user\n  p Bonjour\n//- commentaire\n  h1 Rien\na(href='/') Accueil\n"
    assert as_html_text(pug, "pug").split("\n") == ["script.", "  var a = 'x';", "if user", "  p >Bonjour<", "//- commentaire", "  h1 Rien",
                                                     "a(href='/') >Accueil<", ""]
