"""python-dotenv's dotenv_values() read as settings (issue 12, s25 t25 = o1 family 7, datagora-erasme/inspirationFormesDataviz).

process_data.py read its Google service account with `json.loads(dotenv_values()["SERVICE_ACCOUNT"])` from a .env kept out of the
repository; env.read knew os.environ, getenv and load_dotenv's effects but not dotenv_values()'s dictionary, so the configuration
check saw no setting at all. `dotenv_values(…)["X"]` and `dotenv_values(…).get("X")` are now settings read from the deployment's
env file; a key of another dictionary (`valeurs()["SERVICE_ACCOUNT"]`) or a commented-out line is none."""

from __future__ import annotations

from tests.test_scaling import ctx_for, one

SCRIPT = ("import json\nimport argparse\nfrom dotenv import dotenv_values\n\n\ndef main():\n"
          "    args = argparse.ArgumentParser().parse_args()\n"
          "    compte = json.loads(dotenv_values()[\"SERVICE_ACCOUNT\"])\n"
          "    jeton = dotenv_values('.env').get('API_TOKEN')\n    return compte, jeton, args\n\n\n"
          "if __name__ == \"__main__\":\n    main()\n")


def _vars(repo, text):
    ctx = ctx_for(one(repo, {"README.md": "# Export\n\nExporte les visites.\n", "export.py": text}))
    return {v for v, _ in ctx.fact("env_settings")["read_vars"]}


def test_dotenv_values_keys_are_settings_read(repo):
    assert {"SERVICE_ACCOUNT", "API_TOKEN"} <= _vars(repo, SCRIPT)


def test_another_dictionarys_keys_and_comments_are_no_settings(repo):
    other = SCRIPT.replace("dotenv_values()[", "valeurs()[").replace("    jeton = dotenv_values(", "    # jeton = dotenv_values(")
    assert not {"SERVICE_ACCOUNT", "API_TOKEN"} & _vars(repo, other)
