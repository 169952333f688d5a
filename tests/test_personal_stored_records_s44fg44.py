"""scaling.personal-data (issue 12, s44 fg44 = reader rb44, laatirisedki93/pointage-app-noisy).

A town's clock-in page (React) declares the record it keeps for each clock-in in its component, ``interface PointageData { ip;
latitude; longitude; address; timestamp; type; token }``, and writes it to the browser's localStorage: the agent's IP address and
precise position. The check said "No database schema or model read": a record type declared in a file that writes to the browser's
storage is now read as a model, a clock-in record (pointage, check-in, attendance…) is a person's record, and a bare ``ip`` and a
position (latitude, longitude, geolocation) are personal fields there.
Near misses: a page keeping a theme preference in localStorage reads no model (n/a); a bus stop's latitude and longitude and a
server's ip are nobody's (pass).

The files are written for these tests, in the shape of the real repository.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "scaling.personal-data"
POINTAGE = """import { useState } from 'react';

interface PointageData {
  ip: string;
  latitude: number | null;
  longitude: number | null;
  address: string;
  timestamp: string;
  type: 'entree' | 'sortie';
  token: string;
}

interface PointageProps {
  userName: string;
  email: string;
}

const Pointage = ({ userName }: PointageProps) => {
  const [data, setData] = useState<PointageData | null>(null);
  const save = async (ip: string, latitude: number, longitude: number, address: string) => {
    const record: PointageData = { ip, latitude, longitude, address, timestamp: new Date().toISOString(), type: 'entree', token: 't' };
    localStorage.setItem(`pointage_${record.timestamp}`, JSON.stringify(record));
    setData(record);
  };
  return <button onClick={() => save('1.2.3.4', 0, 0, '')}>Pointer</button>;
};

export default Pointage;
"""
THEME = """import { useState } from 'react';

interface ThemeChoice {
  mode: string;
  contrast: boolean;
}

const ThemeToggle = () => {
  const [choice, setChoice] = useState<ThemeChoice>({ mode: 'light', contrast: false });
  const toggle = () => {
    const next: ThemeChoice = { ...choice, mode: choice.mode === 'light' ? 'dark' : 'light' };
    localStorage.setItem('theme', JSON.stringify(next));
    setChoice(next);
  };
  return <button onClick={toggle}>Thème</button>;
};

export default ThemeToggle;
"""
TYPES = """export interface Stop {
  name: string;
  latitude: number;
  longitude: number;
}

export interface Server {
  ip: string;
  port: number;
}
"""
FILES = {"README.md": "# pointage\n\nApplication de pointage des agents.\n",
         "package.json": '{"name": "pointage", "dependencies": {"react": "^18.3.1"}, "scripts": {"build": "vite build"}}',
         "index.html": '<!doctype html>\n<html lang="fr"><body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>\n',
         "src/main.tsx": "import App from './App';\n\nexport default App;\n",
         "src/App.tsx": "import Pointage from './components/Pointage';\n\nexport default function App() { return <Pointage userName='' />; }\n"}


def test_a_clock_in_record_kept_in_local_storage_is_personal_data(tmp_path):
    r = check_result(tmp_path, {**FILES, "src/components/Pointage.tsx": POINTAGE}, CID)
    assert r["status"] == "warn", r["message"]
    assert "IP address" in r["message"]["en"] and "position" in r["message"]["en"], r["message"]
    assert {(e.get("path"), e.get("line")) for e in r["evidence"]} & {("src/components/Pointage.tsx", n) for n in range(4, 9)}, r["evidence"]
    assert "e-mail" not in r["message"]["en"], r["message"]  # (the component's props are no stored record)


def test_a_theme_preference_in_local_storage_reads_no_model(tmp_path):
    r = check_result(tmp_path, {**FILES, "src/components/ThemeToggle.tsx": THEME}, CID)
    assert r["status"] == "not_applicable", r["message"]


def test_a_stops_position_and_a_servers_ip_are_nobodys(tmp_path):
    r = check_result(tmp_path, {**FILES, "src/types.ts": TYPES}, CID)
    assert r["status"] == "pass", r["message"]


def test_a_reports_position_is_the_places_not_the_reporters(tmp_path):
    report = ("export interface Signalement {\n  nom: string;\n  email: string;\n  description: string;\n  latitude: number;\n"
              "  longitude: number;\n}\n")
    r = check_result(tmp_path, {**FILES, "src/types.ts": report}, CID)
    assert r["status"] == "warn" and "e-mail" in r["message"]["en"], r["message"]
    assert "position" not in r["message"]["en"], r["message"]
