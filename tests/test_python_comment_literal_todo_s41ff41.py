"""documentation.code-comments (issue 12, session 41 fixer ff41 = SBVR-jeremy/sbvr_observatory_myliaq, reader rb41 item 1 wrong 5):
a river syndicate's dashboard credited as documented the functions under a pasted API answer (``# {'id': 4, 'code': …}``,
``# [{"id": 31, "title": …}]``) and under a to-do note (``#COULD: could be fastened``): neither describes the function. Such lines
document nothing; a comment of words above them in the same block still does. Near miss: a describing comment right above a def
keeps documenting it. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CC = "documentation.code-comments"

SCRIPT = '''import requests


# {'id': 4, 'code': 'X001', 'name': 'La rivière à Bourg [Pont]', ...
def extract_station(stations, station_id):
    return next((s for s in stations if s["id"] == station_id), None)


# [{"id": 31, "title": "Bulletin de situation du 1er août", "idCategory": 2}]
def extract_category(items, category_id):
    return [i for i in items if i["idCategory"] == category_id]


#COULD: could be fastened
def weather_graph(station_id, start, end):
    return requests.get("https://example.org/graph", params={"s": station_id, "a": start, "b": end}).content


# TODO make it faster
def rain_graph(station_id):
    return requests.get("https://example.org/rain", params={"s": station_id}).content


# Returns the station's last measures, newest first
# FIXME: paginate
def last_measures(station_id):
    return requests.get("https://example.org/measures", params={"s": station_id}).json()


# Builds the yearly analysis of the station's flows
def yearly_analysis(station_id):
    return requests.get("https://example.org/yearly", params={"s": station_id}).json()
'''


def test_pasted_literals_and_todo_notes_document_nothing(tmp_path):
    res = judge(tmp_path, {"tools/queries.py": SCRIPT, "README.md": "# Observatoire\n\nTableau de bord des débits.\n"}, [CC])[1][CC]
    py = res["details"]["by_language"]["python"]
    # (last_measures, its words above the FIXME line, and yearly_analysis, the near miss; not the two literals nor the two to-dos)
    assert (py["documented"], py["declarations"]) == (2, 6), res["details"]
