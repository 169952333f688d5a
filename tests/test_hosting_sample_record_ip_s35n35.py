"""scaling.hosting (issue 12, s35 n35 = laatirisedki93/pointage-app-firebase-source): a private IP written as the value of a sample
record's field is no server the code connects to.

The clock-in app's src/utils/testUtils.ts (imported by a diagnostic component, so not filed as a test) writes a test record into
Firestore: ``const testData = { ip: '192.168.1.100', type: 'entree', timestamp: …, latitude: …, longitude: … }``. The report said
"1 internal connection(s): 192.168.1.100" and "Connects to an internal server or database … another territory cannot reach". The
address is data recorded, in an object named as test data. Near misses: the same helper connecting to a server at a private address
(``fetch('http://192.168.1.100:8080/pointages')``) and an object of settings naming one (``const dbConfig = { host: '10.0.0.12' }``)
stay internal connections. The files are written for these tests, in the shape of that repository."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "scaling.hosting"

CONFIG = """import { initializeApp } from 'firebase/app';
import { getFirestore } from 'firebase/firestore';

const firebaseConfig = {
  apiKey: "AIzaSyA-exemple-cle-publique-000000000",
  authDomain: "pointage-demo.firebaseapp.com",
  projectId: "pointage-demo",
};

export const app = initializeApp(firebaseConfig);
export const db = getFirestore(app);
"""

TEST_UTILS = """// Outils de test de la synchronisation
import { db } from '../firebase/config';
import { collection, addDoc } from 'firebase/firestore';

export const testFirebaseWrite = async () => {
  const testData = {
    ip: '192.168.1.100',
    type: 'entree',
    timestamp: new Date().toISOString(),
    address: 'Adresse de test',
    latitude: 48.85,
    longitude: 2.35,
  };
  const docRef = await addDoc(collection(db, 'pointages'), testData);
  return docRef.id;
};
"""

COMPONENT = """import { testFirebaseWrite } from '../utils/testUtils';

export default function TestSynchronisation() {
  return <button onClick={() => testFirebaseWrite()}>Tester</button>;
}
"""


def app(test_utils: str) -> dict:
    return {"README.md": "# Pointage\n\nApplication de pointage des agents.\n",
            "package.json": '{"name": "pointage", "private": true, "scripts": {"dev": "vite", "build": "vite build"}, '
                            '"dependencies": {"react": "^18.3.1", "firebase": "^11.0.0"}, "devDependencies": {"vite": "^5.4.0"}}\n',
            "src/firebase/config.ts": CONFIG,
            "src/main.tsx": "import TestSynchronisation from './components/TestSynchronisation';\n\nconsole.log(TestSynchronisation);\n",
            "src/components/TestSynchronisation.tsx": COMPONENT,
            "src/utils/testUtils.ts": test_utils}


def hosting(tmp_path, files, name):
    return results(run_audit(build(tmp_path / name, files), tmp_path / f"c-{name}", [CID]))[CID]


def internal(r) -> list:
    return [e["value"]["internal"] for e in r["evidence"] if isinstance(e.get("value"), dict) and "internal" in e["value"]]


def test_an_ip_in_a_sample_records_field_is_no_internal_connection(tmp_path):
    r = hosting(tmp_path, app(TEST_UTILS), "a")
    assert not internal(r), (r["message"], r["evidence"])
    assert "internal" not in r["message"]["en"], r["message"]


def test_a_helper_connecting_to_a_private_address_stays_an_internal_connection(tmp_path):
    fetching = TEST_UTILS.replace("  const docRef", "  await fetch('http://192.168.1.100:8080/pointages', { method: 'POST' });\n  const docRef")
    r = hosting(tmp_path, app(fetching), "b")
    assert internal(r), (r["message"], r["evidence"])
    settings = TEST_UTILS + "\nexport const dbConfig = {\n  host: '10.0.0.12',\n  port: 5432,\n  database: 'pointage',\n};\n"
    r = hosting(tmp_path, app(settings), "c")
    assert "10.0.0.12" in [v.split("://")[-1].split(":")[0].split("/")[0] for v in internal(r)], (r["message"], r["evidence"])
