"""scaling.personal-data (issue 12, s35 ae35 = reader m31o4, sigrennesmetropole/rmtr): a geOrchestra add-on (ExtJS) asks the
requester's first and last name, e-mail (vtype "email") and phone in a form's items and posts them by e-mail to an operator. The
check said "not applicable: no database schema or model read": the form rule of session 7 read HTML inputs and server request
reads, not a JavaScript toolkit's form items."""

from __future__ import annotations

from tests.test_reusability_fixtures import pd

MANIFEST = '{"name": "RMTR", "js": ["js/main.js"], "default_options": {"maxTiles": 10}}'
FORM = """Ext.namespace("GEOR.Addons");

GEOR.Addons.RMTR = Ext.extend(GEOR.Addons.Base, {
    _getFormItems: function() {
        return [{
                fieldLabel: this.tr("rmtr.form.firstname"),
                labelStyle: "font-weight:bold;",
                name: "first_name",
                value: GEOR.config.USERFIRSTNAME || "",
                allowBlank: false
            }, {
                fieldLabel: this.tr("rmtr.form.email"),
                name: "email",
                vtype: "email",
                allowBlank: false
            }, {
                fieldLabel: this.tr("rmtr.form.phone"),
                name: "tel"
            }];
    },
    _send: function(spec) {
        Ext.Ajax.request({url: "/console/emailProxy", method: "POST", jsonData: spec});
    }
});
"""


def test_an_extjs_forms_personal_items_are_said(tmp_path):
    r = pd(tmp_path, {"README.md": "# RMTR\n\nAddon d'extraction de dalles.\n", "manifest.json": MANIFEST, "js/main.js": FORM})
    assert r["status"] != "not_applicable", r
    assert "email" in r["message"]["en"] or "e-mail" in r["message"]["en"].lower(), r


def test_an_extjs_form_of_map_settings_and_named_objects_collect_no_one(tmp_path):
    # near miss: a form of map settings, and JS objects named "email" with no field label (a store's column): no person asked
    js = """var items = [{fieldLabel: "Échelle", name: "scale", value: 1000}, {fieldLabel: "Format", name: "format"}];
var store = new Ext.data.JsonStore({fields: [{name: "email", mapping: "mail"}, {name: "label"}]});
"""
    r = pd(tmp_path, {"README.md": "# Outil\n\nRéglages de carte.\n", "manifest.json": MANIFEST, "js/main.js": js})
    assert r["status"] == "not_applicable", r
