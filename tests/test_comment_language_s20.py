"""documentation.code-comments said "Comments mostly in English, as DINUM asks" of a PHP tool whose only prose comments are
French (issue 12, session 20 reader m3): the language was measured on IDE-generated PHPDoc tag lines (``@param int $id``,
``@return bool``: tag, type and variable names) and on commented-out code (``//$em = new EntityManager(...)``,
``// 'client_secret' => '...'``) and on a migration generator's stub comments repeated in every migration ("this up() migration is
auto-generated…"). The language is now read on prose only; prose comments still tell it."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CC = "documentation.code-comments"


def _entity(name: str, fields: list[str], prose: str | None = None) -> str:
    body = [f"<?php\n\nnamespace App\\Entity;\n\nclass {name}\n{{\n"]
    body += [f"    private ${f};\n" for f in fields]
    body.append("\n    /**\n" + "".join(f"     * @param int ${f}\n" for f in fields) + "     */\n"
                f"    public function __construct({', '.join('int $' + f for f in fields)})\n    {{\n"
                + "".join(f"        $this->{f} = ${f};\n" for f in fields) + "    }\n")
    for f in fields:
        head = f"     * {prose.format(f=f)}\n" if prose else ""
        body.append(f"\n    /**\n{head}     * @return int\n     */\n    public function get{f.title()}(): int\n    {{\n"
                    f"        return $this->{f};\n    }}\n")
        body.append(f"\n    /**\n     * @param int ${f}\n     * @return void\n     * @throws \\InvalidArgumentException\n     */\n"
                    f"    public function set{f.title()}(int ${f}): void\n    {{\n        $this->{f} = ${f};\n    }}\n")
    return "".join(body) + "}\n"


def _controller(comments: list[str]) -> str:
    lines = ["<?php\n\nrequire __DIR__ . '/../config.php';\n\n"]
    for k, c in enumerate(comments):
        lines.append(f"// {c}\n$rows{k} = $pdo->query('SELECT * FROM t{k}')->fetchAll();\n")
    lines.append("//$em = new EntityManager($connection, $config);\n// 'client_secret' => 'your_client_secret',\n"
                 "// session_start();\n// if ($_GET['access_token']) {\n")
    return "".join(lines)


FIELDS = ["identifiant", "numero", "categorie", "effectif", "niveau", "surface", "version", "statut"]
FRENCH = ["Faire un tableau des établissements à rendre dans le gabarit twig de la page",
          "On récupère les dossiers de la base Prevarisc pour les importer ensuite dans Metarisc",
          "Les établissements déjà importés sont ignorés pour ne pas créer de doublons dans la base",
          "Il faut vérifier que le jeton d'accès est encore valide avant chaque appel à l'API",
          "Les dates sont converties au format attendu par la nouvelle application"]
ENGLISH = ["Build a table of the establishments to render in the page's twig template",
           "We fetch the files from the Prevarisc database so that they can be imported into Metarisc later",
           "Establishments that were already imported are skipped so that no duplicates are created in the database",
           "The access token must be checked to be still valid before each call to the API",
           "Dates are converted to the format that the new application expects"]


def _migration(k: int) -> str:
    return ("<?php\n\ndeclare(strict_types=1);\n\nnamespace DoctrineMigrations;\n\nuse Doctrine\\DBAL\\Schema\\Schema;\n"
            "use Doctrine\\Migrations\\AbstractMigration;\n\n/**\n * Auto-generated Migration: change it as your project needs it!\n */\n"
            f"final class Version2023060{k} extends AbstractMigration\n{{\n"
            "    public function up(Schema $schema): void\n    {\n"
            "        // this up() migration is auto-generated, change it as your project needs it\n"
            f"        $this->addSql('CREATE TABLE t{k} (id INT NOT NULL)');\n    }}\n\n"
            "    public function down(Schema $schema): void\n    {\n"
            "        // this down() migration is auto-generated, change it as your project needs it\n"
            f"        $this->addSql('DROP TABLE t{k}');\n    }}\n}}\n")


def _files(prose: list[str]) -> dict:
    files = {"composer.json": '{"require": {"php": ">=8.1", "twig/twig": "^3.0"}}\n',
             "config.php": "<?php\nreturn ['host' => 'localhost', 'dbname' => 'base'];\n",
             "src/controllers/index.php": _controller(prose)}
    for k in range(4):
        files[f"src/Entity/Entite{k}.php"] = _entity(f"Entite{k}", FIELDS)
        files[f"migrations/Version2023060{k}.php"] = _migration(k)
    return files


def _language(res) -> object:
    return res["details"].get("comment_language")


def test_doc_tags_and_commented_out_code_are_not_english_comments(tmp_path):
    res = judge(tmp_path, _files(FRENCH[:1]), [CC])[1][CC]
    assert _language(res) != "en", res["details"]
    assert "mostly in English" not in " ".join(str(e.get("note")) for e in res["evidence"]), res["evidence"]


def test_french_prose_with_doc_tags_is_still_french(tmp_path):
    files = _files(FRENCH)
    res = judge(tmp_path, files, [CC])[1][CC]
    assert _language(res) == "fr", res["details"]


def test_english_prose_comments_are_still_english(tmp_path):
    files = _files(ENGLISH)
    res = judge(tmp_path, files, [CC])[1][CC]
    assert _language(res) == "en", res["details"]
