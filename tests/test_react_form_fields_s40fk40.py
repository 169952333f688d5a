"""scaling.personal-data (issue 12, s40 fk40 = data-players/PETR_MSB_tiers-lieux): a semantic (RDF/LDP) web app keeps no database
schema or model the check reads, but its React forms collect people's data — a contact dialog's react-final-form
<Field name="name"> / <Field name="email">, react-admin's <TextInput source="pair:e-mail">. The check said "No database schema or
model read" (not applicable). A React form library's fields are form fields like an <input name>. Near miss: forms asking only for a
search term and a label keep the old verdict."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PACKAGE = '{"name": "tiers-lieux", "version": "1.0.0", "dependencies": {"react": "^17.0.0", "react-admin": "^3.19.0", "react-final-form": "^6.5.0"}}\n'
CONTACT = ("import React from 'react';\nimport { Form, Field } from 'react-final-form';\n\nconst ContactDialog = ({ onSubmit }) => (\n"
           "  <Form onSubmit={onSubmit} render={({ handleSubmit }) => (\n    <form onSubmit={handleSubmit}>\n"
           "      <Field name=\"name\" component={TextField} label=\"Votre nom\" />\n"
           "      <Field name=\"email\" component={TextField} label=\"Votre adresse mail\" />\n"
           "      <Field name=\"content\" component={TextField} label=\"Message\" multiline />\n    </form>\n  )} />\n);\n\n"
           "export default ContactDialog;\n")
PLACE = ("import React from 'react';\nimport { SimpleForm, TextInput } from 'react-admin';\n\nconst PlaceForm = (props) => (\n"
         "  <SimpleForm {...props}>\n    <TextInput source=\"pair:label\" fullWidth />\n    <TextInput source=\"{FIELD}\" fullWidth />\n"
         "  </SimpleForm>\n);\n\nexport default PlaceForm;\n")
SEARCH = ("import React from 'react';\nimport { Form, Field } from 'react-final-form';\n\nconst SearchBox = ({ onSubmit }) => (\n"
          "  <Form onSubmit={onSubmit} render={({ handleSubmit }) => (\n    <form onSubmit={handleSubmit}>\n"
          "      <Field name=\"query\" component={TextField} label=\"Rechercher\" />\n    </form>\n  )} />\n);\n\nexport default SearchBox;\n")
README = "# Tiers-lieux\n\nCarte des tiers-lieux du territoire.\n"


def _personal(tmp_path, files):
    base = {"package.json": PACKAGE, "README.md": README}
    return judge(tmp_path, {**base, **files}, ["scaling.personal-data"])[1]["scaling.personal-data"]


def test_react_form_fields_collecting_an_e_mail_are_personal_data(tmp_path):
    r = _personal(tmp_path, {"src/commons/ContactDialog.js": CONTACT, "src/resources/PlaceForm.js": PLACE.replace("{FIELD}", "pair:comment")})
    assert r["status"] == "inconclusive" and "forms collect personal data" in r["message"]["en"], r
    assert any(e.get("path") == "src/commons/ContactDialog.js" and e.get("line") == 8 for e in r["evidence"]), r["evidence"]


def test_a_react_admin_input_s_rdf_property_is_read_by_its_name(tmp_path):
    r = _personal(tmp_path, {"src/resources/PersonForm.js": PLACE.replace("{FIELD}", "pair:email")})
    assert r["status"] == "inconclusive" and any(e.get("value") == "email" for e in r["evidence"]), r


def test_forms_asking_a_search_term_and_a_label_collect_no_personal_data(tmp_path):
    r = _personal(tmp_path, {"src/SearchBox.js": SEARCH, "src/resources/PlaceForm.js": PLACE.replace("{FIELD}", "pair:comment")})
    assert r["status"] == "not_applicable", r
