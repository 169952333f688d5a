"""scaling.personal-data (issue 12, s42 fo42 = reader rb42 timeline-generator #6, OPEN-ENT-NG/timeline-generator).

An ENT module's TypeScript models (public/ts/models/) declare who owns a folder or an event as an inline object type,
`owner: { userId: string, displayName: string }`, filled with the user's first and last names and stored by the server. The
check said "4 schema(s) or model(s) read: no personal-data field": the members of an inline object type were not read. They
are fields of the object the member names (the owner's), read as a lookup path owner__displayName, and an owner is a person.
Near miss: an inline object type of a thing (a map's centre: { lat: number, lng: number; label: string }) holds no personal data.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import pd

BASE = {"README.md": "# Frise chronologique\n\nModule de l'ENT pour créer des frises chronologiques.\n",
        "package.json": '{"name": "frise", "version": "1.0.0", "dependencies": {"entcore": "^4.0.0"}}\n'}

FOLDER = '''import { http } from "entcore";

export class Dossier {
    parentId: string;
    shared: any;
    owner: { userId: string, displayName: string };
    trashed: boolean;

    async create(): Promise<void> {
        let response = await http.post('/frise/dossier', this);
        this.owner = { userId: me.userId, displayName: me.firstName + ' ' + me.lastName };
    }
}
'''

EVENT = '''export type Etape = {
\t_id: string;
\ttitre: string
\tdebut: any
\tauteur?: { userId: string; displayName: string };
\tsave(finish?: () => void): void;
}
'''

PLACE = '''export class Carte {
    titre: string;
    centre: { lat: number, lng: number; label: string };
    zoom: number;
}
'''


def tables(r):
    return {e["value"]["table"]: e["value"]["fields"] for e in r["evidence"] if isinstance(e.get("value"), dict) and "table" in e["value"]}


def test_an_inline_object_type_of_an_owner_holds_the_owners_name(tmp_path):
    r = pd(tmp_path, {**BASE, "src/public/ts/models/folder.ts": FOLDER, "src/public/ts/models/commons.ts": EVENT,
                      "src/public/ts/models/carte.ts": PLACE})
    assert r["status"] in ("warn", "fail"), r  # was pass 10 "3 schema(s) or model(s) read: no personal-data field"
    t = tables(r)
    assert any("owner" in k for k in t) and any("auteur" in k for k in t), t
    assert not any("centre" in k or "Carte" in k for k in t), t


def test_an_inline_object_type_of_a_thing_holds_no_personal_data(tmp_path):
    r = pd(tmp_path, {**BASE, "src/public/ts/models/carte.ts": PLACE})
    assert r["status"] == "pass", r
