"""interoperability.geo (issue 12, s35 i35 = laatirisedki93/pointage-app-firebase-source): a town's staff clock-in web app takes each
clock-in's GPS position and reverse-geocodes it through https://nominatim.openstreetmap.org/reverse to store the address: a
geographic service is used, and the check said "not_applicable: reads positions as coordinates … exchanges no geographic format or
service". An open geocoder (Nominatim, Photon, geopy's Nominatim) is a geographic service: the French addresses' national
reference, the API Adresse, is the advice. Near misses: the same app without the geocoding call stays not applicable (coordinates
only); geocoding with the API Adresse passes."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "interoperability.geo"

PACKAGE = '{"name": "pointage", "private": true, "scripts": {"dev": "vite", "build": "vite build"}, ' \
          '"dependencies": {"react": "^18.3.1", "react-dom": "^18.3.1", "axios": "^1.7.0", "firebase": "^11.0.0"}, ' \
          '"devDependencies": {"vite": "^5.4.0", "typescript": "^5.5.0"}}\n'

POINTAGE = """import {{ useState }} from 'react';
import axios from 'axios';

interface Pointage {{
  latitude: number | null;
  longitude: number | null;
  address: string;
}}

export default function PointageForm() {{
  const [message, setMessage] = useState('');

  const pointer = async () => {{
    let latitude: number | null = null;
    let longitude: number | null = null;
    let address = '';
    const position = await new Promise<GeolocationPosition>((resolve, reject) => {{
      navigator.geolocation.getCurrentPosition(resolve, reject);
    }});
    latitude = position.coords.latitude;
    longitude = position.coords.longitude;
{geocode}
    const data: Pointage = {{ latitude, longitude, address }};
    setMessage(JSON.stringify(data));
  }};

  return <button onClick={{pointer}}>Pointer</button>;
}}
"""

NOMINATIM = """    const geocodeResponse = await axios.get(
      `https://nominatim.openstreetmap.org/reverse?format=json&lat=${latitude}&lon=${longitude}&zoom=18&addressdetails=1`
    );
    address = geocodeResponse.data.display_name;
"""

BAN = """    const geocodeResponse = await axios.get(
      `https://api-adresse.data.gouv.fr/reverse/?lon=${longitude}&lat=${latitude}`
    );
    address = geocodeResponse.data.features[0].properties.label;
"""


def check(tmp_path, geocode):
    files = {"README.md": "# Pointage\n\nApplication web de pointage des agents de la ville.\n", "package.json": PACKAGE,
             "index.html": "<!doctype html><html><body><div id='root'></div><script type='module' src='/src/main.tsx'></script></body></html>\n",
             "src/main.tsx": "import { createRoot } from 'react-dom/client';\nimport PointageForm from './components/Pointage';\n\n"
                             "createRoot(document.getElementById('root')!).render(<PointageForm />);\n",
             "src/components/Pointage.tsx": POINTAGE.format(geocode=geocode)}
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def test_reverse_geocoding_through_nominatim_is_a_geographic_service(tmp_path):
    r = check(tmp_path, NOMINATIM)
    assert r["status"] == "warn", r["message"]
    assert "Nominatim" in r["message"]["en"] and "API Adresse" in r["message"]["en"], r["message"]
    assert any(e["path"] == "src/components/Pointage.tsx" and "nominatim" in str(e.get("value")).lower() for e in r["evidence"]), r["evidence"]


def test_coordinates_alone_stay_not_applicable(tmp_path):
    r = check(tmp_path, "")
    assert r["status"] == "not_applicable", r["message"]


def test_reverse_geocoding_through_the_api_adresse_passes(tmp_path):
    r = check(tmp_path, BAN)
    assert r["status"] == "pass", r["message"]
