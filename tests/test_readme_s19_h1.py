"""README reading, session 19 (h1): cases session 18's readers left open (issue 12)."""

from tests.test_readme_state_s12 import readme_fact


def test_what_is_x_under_a_readme_title_is_the_project(tmp_path):
    """NavitiaProfilerBundle (s18 c2, dropped fork; a regression of readme v107): its README's title is "README", then
    "What is X ?" over a one-line description, then "Running X Tests". X is the project (another heading names it again), not
    another subject: the line is the description and the heading the purpose. A Markdown tutorial's question keeps no purpose."""
    text = ("README\n======\n\nWhat is RouteTimerBundle ?\n--------------------------\n\nNew timing panel for route calls.\n\n"
            "Installation\n------------\n\n1. Open your composer.json\n2. Add require \"acme/route-timer-bundle\": \"dev-master\"\n\n"
            "Running RouteTimerBundle Tests\n------------------------------\n\n__Coming Soon__\n")
    info = readme_fact(tmp_path / "a", text)
    assert info["description"] and info["description"]["text"].startswith("New timing panel"), info["description"]
    assert "purpose" in info["sections"], info["sections"]
    tutorial = text.replace("What is RouteTimerBundle ?\n--------------------------", "What is Markdown ?\n-----------------")
    info = readme_fact(tmp_path / "b", tutorial)  # (no other heading names Markdown: another subject)
    assert not [d for d in info["section_details"] if d["name"] == "purpose" and d["via"] == "heading"], info["section_details"]
