"""reusability.install for a static site served as it is that a script of its own, run by a scheduled task, feeds (a PHP cron job
writing the JSON the page lists: issue 12, s44 fb44 = nicolasaunai/ccpl-news): the message and advice when the README does not give
the script's runtime version or the command the schedule runs (fact ``site_feeds``)."""

from __future__ import annotations

from auditor.checks.interface import Evidence, Result, T


def fed_site_message(feeds: dict, said: bool) -> tuple[dict, list[Evidence]]:
    """The message and evidence of a static site served as it is that a scheduled script of its own feeds, when the README does not
    give the script's runtime version or the command the schedule runs."""
    s = feeds["scripts"][0]
    lang = s["language"] if s["language"] not in ("shell", "Windows", "") else ""
    of_fr, of_en = (f", {lang}", f", {lang}") if lang else ("", "")
    miss_fr = [p for p, ok in ((f"la version de {lang} qu'il demande", feeds.get("runtime") or not lang),
                              ("la commande que la tâche planifiée lance", feeds.get("command"))) if not ok]
    miss_en = [p for p, ok in ((f"the {lang} version it needs", feeds.get("runtime") or not lang),
                              ("the command the scheduled task runs", feeds.get("command"))) if not ok]
    where_fr, where_en = ("comment servir et publier la page", "how to serve and publish the page") if said else ("où la page est publiée", "where the page is published")
    msg = T(f"Site statique servi tel quel, alimenté par un script exécuté par une tâche planifiée ({s['path']}{of_fr}) : le README dit "
            f"{where_fr}, mais pas {' ni '.join(miss_fr)}.",
            f"A static site served as it is, fed by a script a scheduled task runs ({s['path']}{of_en}): the README says {where_en}, but "
            f"not {' nor '.join(miss_en)}.")
    ev = [Evidence(path=s["path"], kind="missing", note=T(f"Script exécuté par une tâche planifiée ; absent du README : {' ; '.join(miss_fr)}.",
                                                          f"Script a scheduled task runs; missing from the README: {'; '.join(miss_en)}."))]
    return msg, ev


def fed_site_advice(res: Result, feeds: dict) -> Result:
    s = feeds["scripts"][0]
    lang = s["language"] if s["language"] not in ("shell", "Windows", "") else ""
    ver_fr, ver_en = (f"la version de {lang} et les extensions que {s['path']} demande, et ", f"the {lang} version and extensions {s['path']} needs, and ") \
        if lang and not feeds.get("runtime") else ("", "")
    return res.advise(T(f"Ajoutez au README {ver_fr}la ligne de la tâche planifiée qui lance {s['path']} (par exemple une ligne de crontab avec "
                        "sa fréquence et la commande complète) : sans ce script, la page n'a pas de données à afficher.",
                        f"Add to the README {ver_en}the scheduled task's line that runs {s['path']} (for example a crontab line with its "
                        "frequency and the full command): without that script the page has no data to show."))
