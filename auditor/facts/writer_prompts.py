"""What a documentation template asks of whoever fills it in, in any language the tool reads: shared by the pages and chapters left
unfilled (:mod:`auditor.facts.doc_placeholders`) and the README's sections (:mod:`auditor.facts.readme_words`). A leaf module."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

_WORD = lazy_compile(r"[^\W_]+(?:['’-][^\W_]+)*")


# What a documentation template asks of whoever fills it in, in any language the tool reads (issue 12, s40 fl40: geOrchestra's doc
# template in maelstro, "- Provide URLs to the APIs." / "How are logs constructed?"; the DataCup template's INSTALL.md, "## Production /
# Indicate, if it exist, a documentation to run the solution in production mode."): a verb of writing addressed to the writer ("Describe
# …", "Décrivez …", "Indiquez …"), a verb of filling in that says where ("Add here …", "Mettez ici …"), a bracketed placeholder
# ("[Describe your project]", "<nom du projet>"), or a question left without its answer ("How are logs constructed?", "Comment
# obtenir du debug", "Where and how to get the data ? (example : …)"): a single line, no sentence of an answer in it
_WRITER_VERB = (r"(?:describe|indicate|explain|specify|detail|list|mention|summari[sz]e|outline|d[ée]cri(?:re|vez)|indique[rz]|explique[rz]|"
                r"pr[ée]cise[rz]|d[ée]taille[rz]|liste[rz]|pr[ée]sente[rz]|mentionne[rz]|r[ée]sume[rz]|r[ée]dige[rz])")
_FILL_VERB = (r"(?:provide|give|add|put|insert|fill(?: in)?|complete|write|enter|fourni(?:r|ssez)|donne[rz]|ajoute[rz]|mett(?:re|ez)|ins[ée]re[rz]|"
              r"rempli(?:r|ssez)|renseigne[rz]|compl[ée]te[rz]|[ée]cri(?:re|vez))")
_PROMPT = lazy_compile(rf"^[\W_]*(?:{_WRITER_VERB}\b|{_FILL_VERB}\s+(?:[\w'’-]+\s+){{0,3}}?(?:here|below|ici|ci-dessous)\b)|"
                       r"^\s*(?:\[[^\]\n]{3,120}\]|<[^>\n]{3,120}>)\s*$", re.I)
_ASKS = lazy_compile(r"^[\W_]*(?:how|where|what|which|when|why|who|comment|o[uù](?! bien\b)|quel(?:le)?s?|pourquoi|quand)\b", re.I)
_CONDITION = lazy_compile(r"^[\W_]*(?:when|where|quand|o[uù]|lorsqu)\b", re.I)
_ANSWER = lazy_compile(r"[.!;:?]\s+[A-ZÀ-Ý]|\n")
# (in a short page only, :func:`stub_page`: a noun naming what the page is to hold, "- Explanation of the different configuration
# components", "- liste des configurations possible", "Introduction to the component hierarchy.")
OUTLINE_NOUN = lazy_compile(r"^[\W_]*(?:explanations?|explications?|lists?|listes?|examples?|exemples?|introduction|recommendations?|recommandations?|"
                             r"verifications?|v[ée]rifications?|indications?|descriptions?|pr[ée]sentations?)\s+(?:of|with|to|on|that|for|de|des|du|d['’]|"
                             r"avec|à|a|sur|que|pour)\b", re.I)


def writer_prompt(text: str) -> bool:
    """The paragraph is a template's instruction or question to whoever fills it in (:data:`_PROMPT`, a question with no answer)."""
    t = text.strip()
    if not t or len(t) > 400:
        return False
    if _PROMPT.search(t):
        return True
    if _ANSWER.search(t) or len(_WORD.findall(t)) > 25:
        return False
    if t.rstrip(" )").endswith("?"):
        return True
    # (without its question mark, a line opening on a question word is a question only when no clause follows it: "When the table is
    # launched, press D for the debug view." is an instruction given under a condition, s12's near miss; so is "Quand … , …")
    return bool(_ASKS.match(t)) and "," not in t and not _CONDITION.match(t)


# A sentence saying the thing the chapter is for does not exist yet ("## Production" / "No production build is available yet.", "Pas
# encore de déploiement.", "Aucune documentation pour le moment", "Not available yet"): the chapter documents nothing, as a template's
# prompt left there (issue 12, s41 fi41 = gitreunion/datacup-challenge-techtek-solutions's INSTALL.md). A short paragraph only, opening
# on its negation and saying "yet / for now / encore / pour le moment"; "No configuration needed: open index.html" states a fact and stays
_ABSENT = lazy_compile(r"^[\W_]*(?:(?:there is|there are|there's|il n['’]y a)\s+)?(?:no|none|nothing|not|pas|aucun|aucune|rien|non)\b"
                       r"[^.!?\n]{0,80}?\b(?:yet|for now|for the moment|at the moment|at this time|so far|encore|pour le moment|pour l['’]instant|"
                       r"[àa] ce jour|pour l['’]heure|jusqu['’][àa] pr[ée]sent)\b[^.!?\n]{0,40}[.!]?\s*$", re.I)


def absence_note(text: str) -> bool:
    """The paragraph only says that what its chapter is about does not exist yet (:data:`_ABSENT`), in at most 15 words."""
    t = text.strip()
    return bool(t) and "\n" not in t and len(_WORD.findall(t)) <= 15 and bool(_ABSENT.match(t))
