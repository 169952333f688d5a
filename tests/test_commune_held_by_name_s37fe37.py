"""Communes held by name in a model of the project's own (issue 12, s37 fe37 = reader ra37, stemarono/semGirondeEnergies): the
Symfony back office of an SEM keeps a Doctrine entity Commune (id, nomCommune; CREATE TABLE commune in its migration) that its
realisations and pre-orders point to, with no INSEE code. interoperability.identifiers said "handles no detectable local-government
identifier" (n/a) and interoperability.public-building-blocks "handles no address, place, map or organisation identifier" (n/a):
a PHP class opened by its brace and a CREATE TABLE in SQL were not read as the project's table of communes. Now the table of
communes is a place handled (the public APIs give communes), and held by its name alone it is communes with no identifier
(identifiers warn). Near misses: a Commune model with its INSEE code keeps the usual judgement, and a model of something else
(Communication, Actionnaire) handles no commune."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

IDS = "interoperability.identifiers"
BLOCKS = "interoperability.public-building-blocks"


def entity(fields: str) -> str:
    return ("<?php\n\nnamespace App\\Entity;\n\nuse Doctrine\\ORM\\Mapping as ORM;\n\n#[ORM\\Entity]\nclass Commune\n{\n"
            "    #[ORM\\Id]\n    #[ORM\\GeneratedValue]\n    #[ORM\\Column]\n    private ?int $id = null;\n\n" + fields +
            "\n    public function getId(): ?int\n    {\n        return $this->id;\n    }\n}\n")


NAME_ONLY = "    #[ORM\\Column(length: 63)]\n    private ?string $nomCommune = null;\n"
WITH_CODE = NAME_ONLY + "\n    #[ORM\\Column(length: 5)]\n    private ?string $codeInsee = null;\n"

MIGRATION = ("<?php\n\nnamespace DoctrineMigrations;\n\nuse Doctrine\\DBAL\\Schema\\Schema;\nuse Doctrine\\Migrations\\AbstractMigration;\n\n"
             "final class Version20230629200930 extends AbstractMigration\n{\n    public function up(Schema $schema): void\n    {\n"
             "        $this->addSql('CREATE TABLE activite (id INT AUTO_INCREMENT NOT NULL, commune_id INT DEFAULT NULL, titre VARCHAR(63) "
             "DEFAULT NULL, PRIMARY KEY(id)) DEFAULT CHARACTER SET utf8mb4');\n"
             "        $this->addSql('CREATE TABLE commune (id INT AUTO_INCREMENT NOT NULL, {columns}, PRIMARY KEY(id)) DEFAULT CHARACTER SET utf8mb4');\n"
             "        $this->addSql('ALTER TABLE activite ADD CONSTRAINT FK_1 FOREIGN KEY (commune_id) REFERENCES commune (id)');\n    }\n}\n")

ACTIVITE = ("<?php\n\nnamespace App\\Entity;\n\nuse Doctrine\\ORM\\Mapping as ORM;\n\n#[ORM\\Entity]\nclass Activite\n{\n"
            "    #[ORM\\ManyToOne(inversedBy: 'activites')]\n    private ?Commune $commune = null;\n\n"
            "    #[ORM\\Column(length: 63, nullable: true)]\n    private ?string $titreRealisation = null;\n}\n")

CONTROLLER = ("<?php\n\nnamespace App\\Controller;\n\nuse Symfony\\Bundle\\FrameworkBundle\\Controller\\AbstractController;\n"
              "use Symfony\\Component\\HttpFoundation\\Response;\nuse Symfony\\Component\\Routing\\Annotation\\Route;\n\n"
              "class AccueilController extends AbstractController\n{\n    #[Route('/', name: 'accueil')]\n"
              "    public function index(): Response\n    {\n        return $this->render('accueil/index.html.twig');\n    }\n}\n")


def app(commune: str | None, columns: str = "nom_commune VARCHAR(63) NOT NULL") -> dict:
    files = {"composer.json": '{"type": "project", "require": {"php": ">=8.1", "symfony/framework-bundle": "6.3.*", "doctrine/orm": "^2.15"}}\n',
             "public/index.php": "<?php\n\nuse App\\Kernel;\n\nrequire_once dirname(__DIR__).'/vendor/autoload_runtime.php';\n",
             "src/Kernel.php": "<?php\n\nnamespace App;\n\nclass Kernel\n{\n}\n",
             "src/Controller/AccueilController.php": CONTROLLER,
             "templates/accueil/index.html.twig": "<h1>Réalisations</h1>\n{% for a in activites %}<p>{{ a.titreRealisation }}</p>{% endfor %}\n",
             "src/Entity/Activite.php": ACTIVITE}
    if commune is not None:
        files["src/Entity/Commune.php"] = commune
        files["migrations/Version20230629200930.php"] = MIGRATION.replace("{columns}", columns)
    return files


def test_communes_held_by_name_only_are_local_governments_without_identifier(tmp_path):
    r = check_result(tmp_path / "a", app(entity(NAME_ONLY)), IDS)
    assert r["status"] == "warn", r["message"]
    assert "by their name alone (src/Entity/Commune.php:8)" in r["message"]["en"], r["message"]
    assert "INSEE code" in r["remediation"]["en"], r["remediation"]
    assert {e["path"] for e in r["evidence"]} == {"src/Entity/Commune.php", "migrations/Version20230629200930.php"}, r["evidence"]
    b = check_result(tmp_path / "b", app(entity(NAME_ONLY)), BLOCKS)
    assert b["status"] != "not_applicable", b["message"]
    assert "geo.api.gouv.fr" in b["remediation"]["en"], b["remediation"]


def test_a_commune_model_with_its_insee_code_keeps_the_usual_judgement(tmp_path):
    r = check_result(tmp_path / "a", app(entity(WITH_CODE), "nom_commune VARCHAR(63) NOT NULL, code_insee VARCHAR(5) NOT NULL"), IDS)
    assert "name alone" not in r["message"]["en"], r["message"]
    assert r["status"] != "not_applicable" and "insee" in r["message"]["en"].lower(), r["message"]


def test_no_commune_model_handles_no_commune(tmp_path):
    other = entity(NAME_ONLY).replace("class Commune", "class Communication")
    for i, files in enumerate((app(None), {**app(None), "src/Entity/Communication.php": other})):
        r = check_result(tmp_path / f"i{i}", files, IDS)
        assert r["status"] == "not_applicable", r["message"]
        b = check_result(tmp_path / f"b{i}", files, BLOCKS)
        assert b["status"] == "not_applicable", b["message"]
