"""reusability.territory-neutral: a gettext catalogue's header entry (msgid "" then its "Field: value" lines, Last-Translator,
Language-Team, Report-Msgid-Bugs-To) is authorship metadata a translation tool writes, never a hard-coded territory value (issue 12,
s42 fe42 = frague59/django-buttons: the French catalogue's "Last-Translator: … <…@ville-tourcoing.fr>" gave a warn "1 territory value").
Near miss: the same address in a translated message (an entry's msgstr, shown to the users) stays a territory value.
The files are written for these tests, in the shape of the real repository named above."""

from __future__ import annotations

import re

from auditor.facts.gettext_header import in_gettext_header
from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"

HEADER = ('# SOME DESCRIPTIVE TITLE.\n# FIRST AUTHOR <EMAIL@ADDRESS>, YEAR.\n#\nmsgid ""\nmsgstr ""\n"Project-Id-Version: \\n"\n'
          '"Report-Msgid-Bugs-To: support@mairie-exemple.fr\\n"\n"PO-Revision-Date: 2017-03-30 11:17+0200\\n"\n'
          '"Last-Translator: Jean Dupont <jdupont@ville-roubaix.fr>\\n"\n"Language-Team: Ville de Roubaix <dsi@ville-roubaix.fr>\\n"\n'
          '"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n')
ENTRIES = '#: templatetags/widgets_tags.py:122\nmsgid "Download"\nmsgstr "Télécharger"\n'
BASE = {
    "README.md": "# django-widgets\n\nTemplate tags rendering buttons.\n",
    "setup.py": "from setuptools import setup\nsetup(name='django-widgets', version='0.9.3', author_email='jdupont@ville-roubaix.fr')\n",
    "widgets/__init__.py": "",
    "widgets/templatetags/widgets_tags.py": "from django.utils.translation import gettext as _\n\n\ndef label():\n    return _('Download')\n",
}


def test_the_catalogue_header_is_no_territory_value(tmp_path):
    res = check_result(tmp_path, {**BASE, "widgets/locale/fr/LC_MESSAGES/django.po": HEADER + ENTRIES}, CID)
    assert res["status"] == "pass", (res["status"], res["message"], res["evidence"])


def test_the_same_address_in_a_translated_message_stays_a_value(tmp_path):
    message = '\nmsgid "Write to us"\nmsgstr "Écrivez à contact@ville-roubaix.fr"\n'
    res = check_result(tmp_path, {**BASE, "widgets/locale/fr/LC_MESSAGES/django.po": HEADER + ENTRIES + message}, CID)
    assert res["status"] != "pass" and any("ville-roubaix.fr" in str(e.get("value")) for e in res["evidence"]), \
        (res["status"], res["message"], res["evidence"])


def test_only_the_header_entry_s_field_lines():
    text = HEADER + ENTRIES + 'msgid ""\nmsgstr ""\n"Last-Translator: x@ville-roubaix.fr\\n"\n'
    hits = [in_gettext_header(m) for m in re.finditer(r"ville-roubaix\.fr", text)]
    assert hits == [True, True, False]
    assert not in_gettext_header(re.search("ville-roubaix", 'msgid "a"\nmsgstr ""\n"x@ville-roubaix.fr"\n'))
