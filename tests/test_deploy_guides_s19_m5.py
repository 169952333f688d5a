"""documentation.docs (issue 12, session 18 readers c1 and c2): two deployment guides not read as such.
- A budget tool's deployment guides kept in a sub-folder (archive/DEPLOYMENT_SPRINT2.md, archive/DEPLOY_AGREGATS.md: ssh, git
  pull, docker-compose restart), outside any documentation folder: "missing: deployment". A guide named for deployment or
  installation one or two folders down is now the deployment documentation.
- A container image's Docker Hub page kept at the root (DOCKERHUB.md) whose chapter "Comment utiliser cette image dans un helm
  chart" gives the chart's values: "missing: deployment". A heading on using or deploying it with Helm, Kubernetes, OpenShift or
  Docker Compose is a deployment chapter."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

BUDGET = {
    "README.md": "# Budget vert\n\nOutil local d'analyse du budget vert de l'agglomération.\n\n## Installation\n\n"
                 "Lancer `docker-compose up` à la racine.\n",
    "docker-compose.yml": "services:\n  api:\n    build: ./backend\n    ports:\n      - \"8000:8000\"\n",
    "backend/main.py": "from fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.get('/lignes')\ndef lignes():\n    return []\n",
    "backend/Dockerfile": "FROM python:3.12-slim\nCOPY . /app\nCMD [\"uvicorn\", \"main:app\"]\n",
    "archive/DEPLOY_SERVEUR.md": "# Commandes de déploiement sur le serveur\n\n```\nssh budget@serveur\ncd budget && git pull\n"
                                "docker-compose restart api\n```\n",
    "archive/notes.md": "# Idées\n\nClasser les lignes par axe.\n",
}

IMAGE = {
    "README.md": "# Image Airflow étendue\n\nVoir DOCKERHUB.md.\n",
    "Dockerfile": "FROM apache/airflow:3.0.1-python3.12\nCOPY requirements.txt /\nRUN pip install --no-cache-dir -r /requirements.txt\n",
    "requirements.txt": "apache-airflow-providers-odbc==4.9.0\n",
    "DOCKERHUB.md": "# Image Airflow étendue\n\n## Description\n\nL'image officielle d'Airflow avec le fournisseur ODBC.\n\n"
                    "## Comment utiliser cette image dans un helm chart\n\nDans le fichier values.yaml du chart :\n\n```yaml\n"
                    "defaultAirflowRepository: example/airflow-extended-image\ndefaultAirflowTag: 3.0.1\n```\n",
}


def _docs(tmp_path, files):
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", ["documentation.docs"])
    return results(report)["documentation.docs"]


def test_a_deployment_guide_in_a_sub_folder_is_deployment_documentation(tmp_path):
    docs = _docs(tmp_path, BUDGET)
    assert "deployment" in docs["message"]["en"].split(";")[0], docs["message"]
    assert "archive/DEPLOY_SERVEUR.md" in str(docs["evidence"])


def test_a_chapter_on_using_the_image_in_a_helm_chart_is_deployment_documentation(tmp_path):
    docs = _docs(tmp_path, IMAGE)
    assert "deployment" in docs["message"]["en"].split(";")[0], docs["message"]
