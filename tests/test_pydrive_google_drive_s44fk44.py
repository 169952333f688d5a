"""scaling.vendor-lock-in, reusability.portability: PyDrive / PyDrive2 are Google Drive clients (issue 12, s44 fk44 = reader rf44's
NumeriqueMediapass/Horodatage).

A desktop tool syncing its certificates to OneDrive (O365) and to Google Drive (``from pydrive2.drive import GoogleDrive``,
requirements.txt pydrive2==1.17.0) was said to depend on "1 proprietary service: Microsoft Azure / Office 365 APIs": Google Drive
was missing. Near miss: a tool syncing to a WebDAV server (webdavclient3) names no Google service."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CIDS = ["scaling.vendor-lock-in", "reusability.portability"]
SYNC = ('"""Synchronisation des certificats."""\n\nfrom pydrive2.auth import GoogleAuth\nfrom pydrive2.drive import GoogleDrive\n\n\n'
        'def envoyer(chemin):\n    gauth = GoogleAuth()\n    gauth.LocalWebserverAuth()\n    drive = GoogleDrive(gauth)\n'
        '    fichier = drive.CreateFile({"title": chemin})\n    fichier.SetContentFile(chemin)\n    fichier.Upload()\n')
WEBDAV = ('"""Synchronisation des certificats."""\n\nfrom webdav3.client import Client\n\n\n'
          'def envoyer(chemin):\n    client = Client({"webdav_hostname": "https://nuage.example.org"})\n'
          '    client.upload_sync(remote_path=chemin, local_path=chemin)\n')


def _files(sync: str, dep: str) -> dict:
    return {"README.md": "# Horodatage\n\nOutil de bureau qui horodate des documents.\n",
            "requirements.txt": f"requests>=2.31.0\n{dep}\n", "cloud_sync.py": sync,
            "main.py": "import tkinter as tk\n\nimport cloud_sync\n\n\ndef main():\n    tk.Tk().mainloop()\n\n\nif __name__ == '__main__':\n    main()\n"}


def test_a_pydrive2_client_is_google_drive(tmp_path):
    res = judge(tmp_path, _files(SYNC, "pydrive2==1.17.0"), CIDS, name="gd")[1]
    for cid in CIDS:
        assert "Google Workspace" in res[cid]["message"]["en"], (cid, res[cid]["message"])


def test_near_miss_a_webdav_client_names_no_google_service(tmp_path):
    res = judge(tmp_path, _files(WEBDAV, "webdavclient3==3.14.6"), CIDS, name="dav")[1]
    for cid in CIDS:
        assert "Google" not in res[cid]["message"]["en"], (cid, res[cid]["message"])
