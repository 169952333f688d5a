"""R's Twitter client is the Twitter (X) API (issue 12, s43 fm43 = reader rk43, ymansiaux/bot_chaban).

A bot written in R posts each morning through rtweet (``library(rtweet)``, ``rtweet::create_token(…)``, ``post_tweet(…)``):
scaling.vendor-lock-in named only the open-data platform it reads. R's client, loaded or called, is the social network's API as
tweepy is in Python. Near miss: a script that only names the package in a comment, or loads another package whose name starts
with it, is no use.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

BOT = """{load}
library(jsonlite)

token <- {token}(
  app = "botpont",
  consumer_key = Sys.getenv("BOT_CONSUMER_KEY"),
  consumer_secret = Sys.getenv("BOT_CONSUMER_SECRET")
)
previsions <- fromJSON("https://donnees.example.org/previsions.json")
message(nrow(previsions))
"""


def _twitter(tmp_path, load: str, token: str) -> bool:
    files = {"botpont.R": BOT.replace("{load}", load).replace("{token}", token), "README.md": "# botpont\n\nUn bot.\n"}
    r = check_result(tmp_path, files, "scaling.vendor-lock-in")
    return "Twitter" in r["message"]["en"]


def test_rtweet_loaded_and_called_is_the_twitter_api(tmp_path):
    assert _twitter(tmp_path, "library(rtweet)", "rtweet::create_token")


def test_a_comment_or_another_package_is_no_use(tmp_path):
    assert not _twitter(tmp_path, "# inspired by the rtweet package\nlibrary(rtweetstats)", "create_token")
