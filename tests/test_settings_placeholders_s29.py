"""Session 29 (j29 = reader s29 m21o3): settings left in the code for the installer to fill were "nothing to set". A PHP tool of a
Parc naturel régional (MNourrisson/deliberations) writes new PDO('mysql:host=your-host;dbname=your-dbname', 'your-name',
'your-password') in classes/connect.php and '/your/upload/directory/' in its pages, its README saying to edit both; an iOS app
(lutece-secteur-public/espacepublic-mobileapp-dansmarue-ios) ships Constants.swift with its API URLs, token and OAuth endpoints blank.
Both are settings written in the code (warn when the README says which file to edit, fail otherwise); a form's field named
"your-name", or one blank constant, is none. The files are written for these tests, in the shape of those repositories."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CONF = ["reusability.configuration"]

_PAGE = ("<?php\nsession_start();\ninclude('classes/connect.php');\n$req = $bdd->query('SELECT * FROM deliberation ORDER BY date_reunion DESC');\n"
         "?>\n<html><body><h1>Délibérations</h1>\n<?php while ($d = $req->fetch()) { echo '<p>'.htmlspecialchars($d['titre']).'</p>'; } ?>\n"
         "</body></html>\n")
TOOL = {
    "index.php": _PAGE,
    "listedeliberation.php": _PAGE.replace("Délibérations", "Liste"),
    "ajoutdeliberation.php": ("<?php\ninclude('classes/connect.php');\nif (isset($_FILES['fichier'])) {\n"
                              "    $upload_dir = '/your/upload/directory/';\n"
                              "    move_uploaded_file($_FILES['fichier']['tmp_name'], $upload_dir.basename($_FILES['fichier']['name']));\n"
                              "    $req = $bdd->prepare('INSERT INTO deliberation(titre) VALUES(?)');\n    $req->execute(array($_POST['titre']));\n}\n?>\n"
                              "<form method=\"post\" enctype=\"multipart/form-data\"><input name=\"titre\"><input type=\"file\" name=\"fichier\"></form>\n"),
    "classes/connect.php": ("<?php\n\ttry\n\t{\n\t\t$bdd = new PDO('mysql:host=your-host;dbname=your-dbname', 'your-name', 'your-password');\n"
                            "\t\t$bdd->exec(\"SET CHARACTER SET utf8\");\n\t}\n\tcatch(Exception $e)\n\t{\n\t\tdie('Erreur : '.$e->getMessage());\n\t}\n?>\n"),
    "sql/structure_deliberations.sql": "CREATE TABLE deliberation (id int NOT NULL AUTO_INCREMENT, titre varchar(255), date_reunion date, PRIMARY KEY (id));\n",
    "css/style.css": "body { font-family: Abeezee, sans-serif; }\n",
    "readme.md": ("Nom du projet : Délibérations\n\nDescription du projet :\nGestion des délibérations d'un syndicat mixte par axes de la charte et "
                  "par date des réunions, avec un export en tableau.\n\nInstallation :\nUtiliser le script fourni pour créer la base de données "
                  "(sql/structure_deliberations.sql)\nCompléter le fichier de connexion avec vos identifiants (classes/connect.php)\n"
                  "Changer les liens d'uploads (ajoutdeliberation.php)\n\nLicence : GNU General Public License v3.0\n"),
}


def test_placeholders_the_readme_says_to_edit_are_settings_in_the_code_warn(tmp_path):
    res = judge(tmp_path, TOOL, CONF, name="d")[1]["reusability.configuration"]
    assert res["status"] == "warn", res
    assert any(e["path"] == "classes/connect.php" and e["line"] == 4 for e in res["evidence"]), res["evidence"]
    assert any(e["value"] == "/your/upload/directory/" for e in res["evidence"]), res["evidence"]
    assert "left for the installer to fill" in res["message"]["en"] and "the README says to edit" in res["message"]["en"], res["message"]


def test_placeholders_no_document_names_fail(tmp_path):
    readme = TOOL["readme.md"].split("Installation :")[0] + "Licence : GNU General Public License v3.0\n"
    res = judge(tmp_path, {**TOOL, "readme.md": readme}, CONF, name="n")[1]["reusability.configuration"]
    assert res["status"] == "fail" and "left for the installer to fill" in res["message"]["en"], res


def test_a_form_field_named_your_name_is_no_setting_nothing_to_set_stays(tmp_path):
    files = {**TOOL, "classes/connect.php": "<?php\n$bdd = new PDO('sqlite:' . __DIR__ . '/../data/deliberations.sqlite');\n?>\n",
             "ajoutdeliberation.php": ("<?php\ninclude('classes/connect.php');\n$nom = $_POST['your-name'];\n?>\n"
                                       "<form method=\"post\"><input name=\"your-name\"><input id=\"your-email\"></form>\n")}
    res = judge(tmp_path, files, CONF, name="f")[1]["reusability.configuration"]
    assert res["status"] == "not_applicable", res


_SWIFT = ("import UIKit\n\nenum Constants {\n    static let fontDmr = \"Montserrat\"\n    enum Services {\n"
          "        static let apiBaseUrl = env(dev: \"\",\n                                    stg: \"\",\n                                    prod: \"\")\n"
          "        static let tokenWS = env(dev: \"\",\n                                 stg: \"\",\n                                 prod: \"\")\n"
          "        static let headerKeyTokenWS = \"\"\n    }\n    enum Authentification {\n        static let clientID = \"\"\n"
          "        static let authorizationEndpoint = URL(string: \"\")!\n    }\n}\n")
APP = {
    "Podfile": "platform :ios, '11.0'\ntarget 'DansMaRue' do\n  use_frameworks!\n  pod 'AppAuth'\nend\n",
    "DansMaRue.xcodeproj/project.pbxproj": ("// !$*UTF8*$!\n{\n\tarchiveVersion = 1;\n\tobjectVersion = 50;\n"
                                             "\t\tproductType = \"com.apple.product-type.application\";\n\t\t\t\tIPHONEOS_DEPLOYMENT_TARGET = 11.0;\n"
                                             "\t\t\t\tSDKROOT = iphoneos;\n\trootObject = 0;\n}\n"),
    "DansMaRue/AppDelegate.swift": ("import UIKit\n\n@UIApplicationMain\nclass AppDelegate: UIResponder, UIApplicationDelegate {\n"
                                    "    var window: UIWindow?\n    func application(_ application: UIApplication, didFinishLaunchingWithOptions "
                                    "launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {\n        return true\n    }\n}\n"),
    "DansMaRue/Controllers/MapViewController.swift": ("import UIKit\n\nclass MapViewController: UIViewController {\n    override func viewDidLoad() {\n"
                                                      "        super.viewDidLoad()\n        title = \"Carte\"\n    }\n}\n"),
    "DansMaRue/Info.plist": "<?xml version=\"1.0\"?>\n<plist version=\"1.0\"><dict><key>CFBundleName</key><string>DansMaRue</string></dict></plist>\n",
    "README.md": "# DansMaRue iOS\n\nApplication iOS de signalement des anomalies dans l'espace public.\n\nOuvrir DansMaRue.xcworkspace avec Xcode après `pod install`.\n",
}


def test_a_mobile_app_with_blank_api_constants_has_settings_in_its_code(tmp_path):
    res = judge(tmp_path, {**APP, "DansMaRue/Constants/Constants.swift": _SWIFT}, CONF, name="m")[1]["reusability.configuration"]
    assert res["status"] == "fail", res
    assert any(e["path"] == "DansMaRue/Constants/Constants.swift" and e["value"] == "apiBaseUrl" for e in res["evidence"]), res["evidence"]


def test_a_mobile_app_with_one_blank_constant_stays_nothing_to_set(tmp_path):
    one = "import UIKit\n\nenum Constants {\n    static let fontDmr = \"Montserrat\"\n    static let shareUrl = \"\"\n}\n"
    res = judge(tmp_path, {**APP, "DansMaRue/Constants/Constants.swift": one}, CONF, name="o")[1]["reusability.configuration"]
    assert res["status"] == "not_applicable", (res["message"], res["details"], res["evidence"])
