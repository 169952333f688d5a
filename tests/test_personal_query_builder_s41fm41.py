"""scaling.personal-data (issue 12, s41 fm41 = reader rd41, Agence-Bleu-B/ccas-dinan): a CCAS's CodeIgniter site keeps its staff in
a table ``personnel`` its model reads through the Query Builder (``$query = $this->db->get('personnel'); foreach
($query->result_array() as $row) { … $row['prenom'] … $row['email'] … }``). The check said its models held no personal-data field
(inconclusive, "forms collect personal data"). Rule: the columns a PHP model reads by name from the rows of a query on one named
table are that table's fields. Near misses: a model reading a news table's title and text holds none; a function querying two
tables gives no table its columns."""

from __future__ import annotations

from tests.test_reusability_fixtures import pd

MODEL = """<?php  if ( ! defined('BASEPATH')) exit('No direct script access allowed');
class {cls} extends CI_Model
{{
    public function get_list($page){{
        $return = array();
        $this->db->order_by('{order}', 'DESC');
        $query = $this->db->get('{table}');
        $i = 0;
        foreach ($query->result_array() as $row)
        {{
{reads}            $i++;
        }}
        return $return;
    }}
    public function load_one($id){{
        $this->db->where('id', $id);
        $query = $this->db->get('{table}');
        $result = $query->result_array();
        return $result[0];
    }}
}}
"""
STAFF = "".join(f"            $return[$i]['{c}'] = $row['{c}'];\n" for c in ("nom", "id", "prenom", "statut", "email", "tel1"))
NEWS = "".join(f"            $return[$i]['{c}'] = $row['{c}'];\n" for c in ("titre", "id", "contenu", "date_publication"))
TWO = """<?php
class Mix_model extends CI_Model
{
    public function both(){
        $users = $this->db->get('comptes');
        $query = $this->db->get('articles');
        foreach ($query->result() as $row) { echo $row->email . $row->prenom; }
    }
}
"""
CONTROLLER = """<?php
class Admin extends CI_Controller {
    public function index() { $this->load->model('Personnel_model'); $data['list'] = $this->Personnel_model->get_list(0); $this->load->view('admin', $data); }
}
"""


def _fields(r: dict) -> list[str]:
    return [f for e in r["evidence"] if isinstance(e.get("value"), dict) for f in e["value"].get("fields", [])]


def test_columns_read_from_a_query_builders_rows_are_the_tables_fields(tmp_path):
    model = MODEL.format(cls="Personnel_model", order="nom", table="personnel", reads=STAFF)
    r = pd(tmp_path, {"application/models/Personnel_model.php": model, "application/controllers/Admin.php": CONTROLLER})
    assert r["status"] == "warn", r["message"]
    assert "e-mail address" in r["message"]["en"] and "name" in r["message"]["en"], r["message"]
    assert {"prenom (identity)", "email (email)"} <= set(_fields(r)), _fields(r)


def test_a_news_model_and_a_function_over_two_tables_hold_no_personal_field(tmp_path):
    model = MODEL.format(cls="News_model", order="date_publication", table="news", reads=NEWS)
    r = pd(tmp_path, {"application/models/News_model.php": model, "application/models/Mix_model.php": TWO,
                      "application/controllers/Admin.php": CONTROLLER})
    assert r["status"] == "pass", (r["message"], _fields(r))
