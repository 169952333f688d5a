"""scaling.vendor-lock-in and reusability.portability (issue 12, session 23 verifier v3, urbanlab/plusbellelasemaine): a PHP
application reading its audience figures through Google's generic client (composer google/apiclient,
`new Google_Service_AnalyticsReporting($client)`, scope `.../auth/analytics.readonly`) was said to depend on "Google Workspace
APIs (Agenda, Drive, Gmail…)" besides Google Analytics. The Analytics Reporting API is Google Analytics; the generic client
called for a listed Google service is that service. A generic client with no listed service called stays Google Workspace."""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

LOCKIN = "scaling.vendor-lock-in"

COMPOSER = json.dumps({"name": "ville/jeu", "require": {"php": ">=7.2", "google/apiclient": "^2.7"}}, indent=2)
REPORTING = ('<?php\nclass GAReporting\n{\n    public function visites($viewId)\n    {\n        $client = new Google_Client();\n'
             '        $client->setScopes([\'https://www.googleapis.com/auth/analytics.readonly\']);\n'
             '        $analytics = new Google_Service_AnalyticsReporting($client);\n'
             '        return $analytics->reports->batchGet(new Google_Service_AnalyticsReporting_GetReportsRequest());\n    }\n}\n')
AGENDA = ('<?php\nclass Agenda\n{\n    public function client()\n    {\n        $client = new Google_Client();\n'
          '        $client->setAuthConfig(getenv(\'GOOGLE_CREDENTIALS\'));\n        return $client;\n    }\n}\n')


def _names(res) -> str:
    return json.dumps(res, ensure_ascii=False)


def test_the_reporting_api_through_the_generic_client_is_google_analytics(tmp_path):
    files = {"composer.json": COMPOSER, "application/libraries/GAReporting.php": REPORTING,
             "index.php": "<?php\nrequire 'application/libraries/GAReporting.php';\n",
             "README.md": "# Jeu\n\nUn jeu pour la semaine du développement durable.\n"}
    res = judge(tmp_path, files, [LOCKIN])[1][LOCKIN]
    text = _names(res)
    assert "Google Analytics" in text, text[:1500]
    assert "Google Workspace" not in text, text[:1500]


def test_a_generic_client_calling_no_listed_service_is_still_google_workspace(tmp_path):
    files = {"composer.json": COMPOSER, "application/libraries/Agenda.php": AGENDA,
             "index.php": "<?php\nrequire 'application/libraries/Agenda.php';\n",
             "README.md": "# Jeu\n\nUn jeu pour la semaine du développement durable.\n"}
    res = judge(tmp_path, files, [LOCKIN])[1][LOCKIN]
    assert "Google Workspace" in _names(res), _names(res)[:1500]
