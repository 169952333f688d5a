"""A vendor SDK whose only module the code stopped requiring (issue 12, s35 z35 = reader m32o2, ArnaudFavier/Chatbot-GrandLyon):
core/core.js required botlogic/recast.js once, the line now commented out (`//const recast = require('./botlogic/recast.js');`),
and calls API.AI (Dialogflow) through botlogic/apiai.js; reusability.portability said "built on a proprietary platform …:
Recast.AI (SAP Conversational AI)" and did not know API.AI. A JavaScript module every reference to which is commented out is
disabled: the packages only it requires are not used, its calls are no use of a service. API.AI / Dialogflow (Google) and Wit.ai
(Meta) are proprietary conversational platforms. A module still required by a live line keeps its service."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

PACKAGE = ('{"name": "chatbot", "main": "index.js", "dependencies": {"express": "^4.15.2", "apiai": "^4.0.2", "recastai": "^3.2.0"}}\n')
BOT = {
    "package.json": PACKAGE,
    "index.js": "const express = require('express');\nconst core = require('./core/core.js');\nconst app = express();\n"
                "app.post('/message', (req, res) => { core.receivedMessage(req.body); res.send('ok'); });\napp.listen(8080);\n",
    "core/core.js": "'use strict';\n\n//const recast = require('./botlogic/recast.js');\nconst apiai = require('./../botlogic/apiai.js');\n\n"
                    "function receivedMessage(message) {\n    /*recast.sendMessage(message.text, answer);*/\n"
                    "    apiai.sendMessage(message.senderID, message.text, answer);\n}\n\nfunction answer(r) {\n    console.log(r);\n}\n\n"
                    "module.exports = { receivedMessage };\n",
    "botlogic/apiai.js": "'use strict';\n\nconst apiai = require('apiai');\nconst app = new apiai(process.env.APIAI_TOKEN);\n\n"
                         "function sendMessage(id, text, cb) {\n    app.textRequest(text, { sessionId: id }).on('response', cb).end();\n}\n\n"
                         "module.exports = { sendMessage };\n",
    "botlogic/recast.js": "'use strict';\n\nconst recastai = require('recastai')\nconst request = new recastai.request(process.env.RECAST_TOKEN);\n\n"
                          "function sendMessage(text, cb) {\n    request.analyseText(text).then(cb);\n}\n\nmodule.exports = { sendMessage };\n",
}


def _services(tmp_path, files):
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.portability", "scaling.vendor-lock-in"])
    return [s["name"] for s in report["facts"]["vendor_lockin"]["services"]], results(report)


def test_a_module_only_a_commented_line_requires_is_no_use_of_its_service(tmp_path):
    names, res = _services(tmp_path, BOT)
    assert not any("Recast" in n for n in names), names
    assert any("Dialogflow" in n for n in names), names
    msg = res["reusability.portability"]["message"]
    assert "Recast" not in msg["en"] and "Dialogflow" in msg["en"] and "Dialogflow" in msg["fr"], msg


def test_a_module_a_live_line_requires_keeps_its_service(tmp_path):
    live = {**BOT, "core/core.js": BOT["core/core.js"].replace("//const recast = require('./botlogic/recast.js');",
                                                               "const recast = require('./../botlogic/recast.js');")}
    names, _ = _services(tmp_path, live)
    assert any("Recast" in n for n in names) and any("Dialogflow" in n for n in names), names
