"""scaling.personal-data (issue 12, s38 fi38 = reader ra38, Samuelalhadef/reservation-chartrette).

A commune's room-booking application keeps its tables in a Drizzle schema (src/lib/db/schema.ts: sqliteTable('users', { address:
text('address') … })) and a chain of Drizzle Kit migrations whose later ones add columns (ALTER TABLE `users` ADD `address` text).
The check stated "e-mail address, name, phone number" from the first migration's CREATE TABLE only. A migration's ALTER TABLE … ADD
[COLUMN] gives the table a field, and a Drizzle schema is a model like an ORM's.
Near misses: ADD CONSTRAINT and a column of no person (ADD `status`) add no personal field; a schema.ts of a validation library
(no table builder) is no model.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "scaling.personal-data"

CREATE = """CREATE TABLE `users` (
\t`id` text PRIMARY KEY NOT NULL,
\t`name` text NOT NULL,
\t`email` text NOT NULL,
\t`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `rooms` (
\t`id` text PRIMARY KEY NOT NULL,
\t`label` text NOT NULL
);
"""

SCHEMA = """import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';

// Comptes des habitants et des associations
export const members = sqliteTable('members', {
  id: text('id').primaryKey(),
  fullName: text('full_name').notNull(),
  email: text('email').notNull().unique(),
  address: text('address'), // Adresse complète du particulier
  role: text('role', { enum: ['user', 'admin'] }).notNull().default('user'),
}, (table) => ({
  emailIdx: index('members_email_idx').on(table.email),
}));

export const rooms = sqliteTable('rooms', {
  id: text('id').primaryKey(),
  label: text('label').notNull(),
  capacity: integer('capacity'),
});
"""

ZOD = """import { z } from 'zod';

export const bookingSchema = z.object({
  roomId: z.string(),
  start: z.string(),
});
"""

APP = {"package.json": '{"name": "reservation", "private": true, "dependencies": {"next": "15.0.0", "drizzle-orm": "0.36.0"}}\n',
       "README.md": "# Réservation de salles\n\nRéservation des salles municipales.\n",
       "src/app/page.tsx": "export default function Page() { return <main>Réservations</main>; }\n"}


def _message(r: dict) -> str:
    return r["message"]["en"]


def test_a_column_added_by_a_later_migration_is_the_tables(tmp_path):
    files = {**APP, "drizzle/0000_init.sql": CREATE, "drizzle/0001_add_user_address.sql": "-- Adresse des particuliers\nALTER TABLE `users` ADD `address` text;\n"}
    r = check_result(tmp_path, files, CID)
    assert "postal address" in _message(r), r["message"]


def test_a_drizzle_schema_is_a_model(tmp_path):
    r = check_result(tmp_path, {**APP, "src/lib/db/schema.ts": SCHEMA}, CID)
    assert "e-mail address" in _message(r) and "postal address" in _message(r), r["message"]
    tables = {e["value"]["table"] for e in r["evidence"] if isinstance(e.get("value"), dict) and "table" in e["value"]}
    assert tables == {"members"}, r["evidence"]


def test_constraints_other_columns_and_validation_schemas_add_no_personal_field(tmp_path):
    alter = "ALTER TABLE `users` ADD `status` text;\nALTER TABLE users ADD CONSTRAINT users_email_unique UNIQUE (email);\n"
    files = {**APP, "drizzle/0000_init.sql": CREATE, "drizzle/0001_status.sql": alter, "src/lib/validation/schema.ts": ZOD}
    r = check_result(tmp_path, files, CID)
    assert "postal address" not in _message(r) and "e-mail address" in _message(r), r["message"]
    assert not any(e.get("path") == "src/lib/validation/schema.ts" for e in r["evidence"]), r["evidence"]
