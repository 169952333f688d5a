"""scaling.vendor-lock-in and reusability.portability (issue 12, s38 fp38 = reader mc38, VincentDouchin/Mairie-Brix).

A town hall's room-booking app keeps its data in Firebase and reads the confirmed bookings from a Google Calendar,
fetch(`https://www.googleapis.com/calendar/v3/calendars/${…}/events?key=${…}`). The www.googleapis.com host was folded into Firebase
(a generic Google host while a listed Google service is found), so only "Google Firebase" was named. The address's path names a
Workspace API (/calendar/v3/, /drive/v3/, /gmail/v1/…): that API is called, and named, whatever other Google service is used.
Near miss: a Firebase app whose only www.googleapis.com address is a scope (https://www.googleapis.com/auth/firebase.messaging) still
names Firebase alone.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

PKG = '{"name": "salles", "private": true, "dependencies": {"firebase": "9.9.0", "react": "18.2.0", "zustand": "4.0.0"}}\n'
FIRESTORE = """import { initializeApp } from "firebase/app"
import { getFirestore, collection, getDocs } from "firebase/firestore"

const app = initializeApp({ apiKey: import.meta.env.VITE_FIREBASE_API_KEY, projectId: import.meta.env.VITE_FIREBASE_PROJECT_ID })
export const db = getFirestore(app)
export const getBookings = async () => (await getDocs(collection(db, "bookings"))).docs.map(d => d.data())
"""
STORE = """import { getBookings } from "../firebase/firestore"

const fromCalendar = async () => {
\tconst url = `{url}`
\tconst results = await (await fetch(url)).json()
\treturn results.items
}

export const loadAll = async () => [...(await getBookings()), ...(await fromCalendar())]
"""


def _run(tmp_path, url: str, cid: str) -> dict:
    return check_result(tmp_path, {"package.json": PKG, "src/firebase/firestore.js": FIRESTORE,
                                   "src/stores/bookings.js": STORE.replace("{url}", url)}, cid)


CAL = "https://www.googleapis.com/calendar/v3/calendars/${import.meta.env.VITE_CALENDAR_ID}/events?key=${import.meta.env.VITE_CALENDAR_KEY}"


def test_a_calendar_api_call_beside_firebase_is_named(tmp_path):
    r = _run(tmp_path / "a", CAL, "scaling.vendor-lock-in")
    assert "Workspace" in r["message"]["en"] and "Firebase" in r["message"]["en"], r["message"]  # was "1 … : Google Firebase."
    assert any(e.get("path") == "src/stores/bookings.js" and e.get("line") == 4 for e in r["evidence"]), r["evidence"]
    p = _run(tmp_path / "b", CAL, "reusability.portability")
    assert "Workspace" in p["message"]["en"], p["message"]


def test_a_firebase_scope_on_the_same_host_names_firebase_alone(tmp_path):
    r = _run(tmp_path, "https://www.googleapis.com/auth/firebase.messaging", "scaling.vendor-lock-in")
    assert "Firebase" in r["message"]["en"] and "Workspace" not in r["message"]["en"], r["message"]
