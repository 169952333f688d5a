"""Session 19 (h3): schemas created by migrations that scaling.personal-data did not read. Fixtures shaped like
Birdiz/mairie-de-grandrupt (Payload CMS's drizzle migration: sql`CREATE TABLE \\`users\\` (… \\`email\\` text NOT NULL …)` in
src/migrations/*.ts, "2 schemas read: no personal-data field") and STaX-62/intranetagglo (a Nextcloud app's lib/Migration/
VersionXXX.php creating its tables with $schema->createTable / $table->addColumn, "no database schema or model read")."""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

PD = ["scaling.personal-data"]

PAYLOAD_MIGRATION = (
    'import { MigrateUpArgs, MigrateDownArgs, sql } from "@payloadcms/db-sqlite";\n\n'
    "export async function up({ db }: MigrateUpArgs): Promise<void> {\n"
    "  await db.run(sql`CREATE TABLE \\`editors\\` (\n  \t\\`id\\` integer PRIMARY KEY NOT NULL,\n  \t\\`full_name\\` text,\n"
    "  \t\\`email\\` text NOT NULL,\n  \t\\`hash\\` text\n  );\n  `);\n"
    "  await db.run(sql`CREATE TABLE \\`posts\\` (\n  \t\\`id\\` integer PRIMARY KEY NOT NULL,\n  \t\\`title\\` text NOT NULL\n  );\n  `);\n}\n\n"
    "export async function down({ db }: MigrateDownArgs): Promise<void> {\n  await db.run(sql`DROP TABLE \\`editors\\`;`);\n}\n")


def _pd(tmp_path, files, name="r"):
    return judge(tmp_path, files, PD, name=name)[1]["scaling.personal-data"]


def test_sql_of_a_typescript_migration_with_escaped_quotes_is_read(tmp_path):
    files = {"package.json": json.dumps({"name": "site", "dependencies": {"payload": "^3.0.0", "next": "16.0.0"}}),
             "src/migrations/20260101_000000_initial.ts": PAYLOAD_MIGRATION,
             "src/migrations/index.ts": 'import * as m from "./20260101_000000_initial";\nexport const migrations = [m];\n',
             "src/app/page.tsx": "export default function Home() {\n  return <main>Accueil</main>;\n}\n"}
    pd = _pd(tmp_path, files)
    assert pd["status"] == "warn" and "e-mail address" in pd["message"]["en"], pd
    assert any(e.get("path") == "src/migrations/20260101_000000_initial.ts" for e in pd["evidence"]), pd["evidence"]


def test_a_nextcloud_app_migration_is_a_schema(tmp_path):
    migration = ("<?php\n\nnamespace OCA\\Agenda\\Migration;\n\nuse OCP\\Migration\\SimpleMigrationStep;\n\n"
                 "class Version000100Date20220101000000 extends SimpleMigrationStep {\n"
                 "    public function changeSchema($output, $schemaClosure, array $options) {\n        $schema = $schemaClosure();\n"
                 "        if (!$schema->hasTable('agenda_subscribers')) {\n            $table = $schema->createTable('agenda_subscribers');\n"
                 "            $table->addColumn('id', 'integer', ['autoincrement' => true]);\n"
                 "            $table->addColumn('email', 'string', ['length' => 200]);\n"
                 "            $table->addColumn('topic', 'string', ['length' => 100]);\n        }\n        return $schema;\n    }\n}\n")
    files = {"appinfo/info.xml": "<info><id>agenda</id><name>Agenda</name><licence>agpl</licence></info>\n",
             "lib/Migration/Version000100Date20220101000000.php": migration,
             "lib/Controller/PageController.php": "<?php\nnamespace OCA\\Agenda\\Controller;\n\nclass PageController {\n}\n"}
    pd = _pd(tmp_path, files)
    assert pd["status"] == "warn" and "e-mail address" in pd["message"]["en"], pd
