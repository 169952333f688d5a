"""documentation.code-comments (issue 12, s38 fi38 = reader ra38, Boudjerada/Stage-Saint-Just).

A CodeIgniter 3 application for a town hall: its own controllers carry French comments, while CodeIgniter's stock index.php (the
front controller, "@package CodeIgniter") and application/config/*.php (opening on the framework's BASEPATH guard, their long
English docblocks) were counted as the project's comments: "Comments mostly in English, as DINUM asks". A framework's application
template files kept as shipped but for values are the framework's text, left out as its copied core is.
Near miss: a plain PHP project's own config/config.php (no framework guard) with English comments stays counted.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "documentation.code-comments"

BANNER = "\n".join([
    "/*", " * CodeIgniter", " *", " * An open source application development framework for PHP", " *",
    " * @package\tCodeIgniter", " * @author\tEllisLab Dev Team", " * @license\thttps://opensource.org/licenses/MIT\tMIT License", " */"])

ENGLISH = """/*
|--------------------------------------------------------------------------
| {title}
|--------------------------------------------------------------------------
|
| This setting tells the framework which value should be used when the
| application runs in the given environment. If you are unsure, leave the
| default value as it is: the framework will work out the right one for you
| and fall back on a sensible choice for most of the servers you will meet.
| Change it only when the documentation of your server tells you to do so.
|
*/
"""

INDEX = "<?php\n" + BANNER + "\n\n" + "\n".join(ENGLISH.format(title=t) + f"define('{t.upper().replace(' ', '_')}', 'x');\n"
                                               for t in ("Application environment", "Error reporting", "System folder name",
                                                         "Application folder name", "View folder name")) + "require_once BASEPATH.'core/CodeIgniter.php';\n"


def config(guard: bool) -> str:
    head = "<?php\ndefined('BASEPATH') OR exit('No direct script access allowed');\n\n" if guard else "<?php\n\n"
    return head + "\n".join(ENGLISH.format(title=t) + f"$config['{t.lower().replace(' ', '_')}'] = '';\n"
                            for t in ("Base site URL", "Index file", "URI protocol", "Default language", "Character set"))


CONTROLLER = """<?php
defined('BASEPATH') OR exit('No direct script access allowed');

class Mairie extends CI_Controller {

    // Page d'accueil de la borne : les services de la mairie et les prochains événements
    public function index() {
        // Chargement des événements à venir, triés par date de début
        $data['evenements'] = $this->Mairie_model->evenements();
        $this->load->view('mairie/accueil', $data);
    }

    // Espace de connexion des agents de la mairie
    public function connexion() {
        // Vérification de l'existence de l'agent en base avant d'ouvrir la session
        $agent = $this->Mairie_model->agent($this->input->post('identifiant'));
        if ($agent && password_verify($this->input->post('mdp'), $agent->mdp)) {
            // Enregistrement de l'agent de mairie dans la session
            $this->session->set_userdata('agent', $agent->id);
        }
        // Retour à la page d'accueil de l'espace d'administration
        redirect('mairie/admin');
    }

    // Liste des menus de la cantine pour la semaine choisie par la famille
    public function cantine($semaine = null) {
        // Par défaut, la semaine en cours est affichée aux familles
        $data['menus'] = $this->Mairie_model->menus($semaine ?: date('W'));
        $this->load->view('mairie/cantine', $data);
    }
}
"""

MODEL = """<?php
defined('BASEPATH') OR exit('No direct script access allowed');

class Mairie_model extends CI_Model {

    // Les événements publiés par le service communication, du plus proche au plus lointain
    public function evenements() {
        return $this->db->order_by('debut')->get('evenements')->result();
    }

    // L'agent de mairie dont l'identifiant est donné, ou rien s'il n'existe pas
    public function agent($identifiant) {
        return $this->db->get_where('agents', array('identifiant' => $identifiant))->row();
    }

    // Les menus de la cantine d'une semaine de l'année scolaire
    public function menus($semaine) {
        return $this->db->get_where('menus', array('semaine' => $semaine))->result();
    }
}
"""

FILES = {"README.md": "# Borne de la mairie\n\nBorne d'information des habitants.\n",
         "application/controllers/Mairie.php": CONTROLLER, "application/models/Mairie_model.php": MODEL}


def _language(r: dict) -> dict:
    return next(e["value"] for e in r["evidence"] if isinstance(e.get("value"), dict) and "comment_language" in e["value"])


def test_codeigniters_front_controller_and_config_files_are_the_frameworks_text(tmp_path):
    files = {**FILES, "index.php": INDEX, **{f"application/config/{n}.php": config(True) for n in ("config", "autoload", "migration")}}
    r = check_result(tmp_path, files, CID)
    lang = _language(r)
    assert max(lang["shares"], key=lang["shares"].get) == "fr", lang  # was en 0.73
    assert "mostly in French" in str(r["evidence"]), r["evidence"]


def test_a_plain_projects_own_config_file_stays_its_comments(tmp_path):
    files = {**FILES, **{f"config/{n}.php": config(False) for n in ("config", "autoload", "migration")}}
    r = check_result(tmp_path, files, CID)
    lang = _language(r)
    assert max(lang["shares"], key=lang["shares"].get) == "en", lang
