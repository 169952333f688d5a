"""interoperability.public-building-blocks counts the national public platforms' APIs the code calls (issue 12, s41 fi41 = reader
ra41 on gitreunion/datacup-challenge-les-pivots and gitreunion/datacup-challenge-techtek-solutions).

A Nuxt application fed by France Travail's ROME API (https://api.francetravail.io/partenaire/rome-metiers/v1/…) and a React map of
the DILA's BOAMP notices (https://boamp-datadila.opendatasoft.com/api/explore/v2.1/…) were told "building blocks used: none": the
check's own list named a few APIs (API Adresse, API Entreprise…) but not the national platforms hosting.yml already lists. The one
list is shared: an API address on a national public platform, called by the code, is a public building block.
Near misses: the same application calling no API keeps "none"; a page of a national platform's site read by the code (no API's
address) is no building block.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

PACKAGE = '{"name": "parcours", "private": true, "scripts": {"dev": "nuxt dev", "build": "nuxt build"},\n' \
          ' "dependencies": {"nuxt": "^3.13.0", "vue": "^3.5.0", "leaflet": "^1.9.4"}}\n'
MAP = """<template>
  <div id="map"></div>
</template>
<script setup>
import L from 'leaflet'
onMounted(() => {
  const map = L.map('map').setView([-21.1, 55.5], 10)
  L.tileLayer('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png').addTo(map)
})
</script>
"""
ROME = """const axios = require('axios')

async function fetchJobs(token) {
  const res = await axios.get('https://api.francetravail.io/partenaire/rome-metiers/v1/metiers/metier', {
    headers: { Authorization: `Bearer ${token}` },
  })
  return res.data
}

module.exports = { fetchJobs }
"""
BOAMP = """import axios from 'axios'

export async function tenders(dep) {
  const res = await axios.get('https://boamp-datadila.opendatasoft.com/api/explore/v2.1/catalog/datasets/boamp/records', {
    params: { where: `code_departement=${dep}`, limit: 100 },
  })
  return res.data.results
}
"""
LOCAL = """const fs = require('fs')

function fetchJobs() {
  return JSON.parse(fs.readFileSync('data/metiers.json', 'utf8'))
}

module.exports = { fetchJobs }
"""
PAGE = """const axios = require('axios')

async function fetchHelp() {
  const res = await axios.get('https://www.service-public.fr/particuliers/vosdroits/F2345')
  return res.data
}

module.exports = { fetchHelp }
"""
README = "# Parcours de formation\n\nUne carte des formations de La Réunion.\n"


def _files(script: str) -> dict:
    return {"README.md": README, "package.json": PACKAGE, "pages/index.vue": MAP, "fetchData.js": script}


def test_a_national_platforms_api_called_is_a_building_block(tmp_path):
    r = check_result(tmp_path / "a", _files(ROME), "interoperability.public-building-blocks")
    assert "api.francetravail.io" in r["details"]["building_blocks"], r["message"]
    assert r["status"] in ("warn", "pass"), r["message"]


def test_a_state_api_on_a_vendors_host_the_national_list_names_is_a_building_block(tmp_path):
    r = check_result(tmp_path / "b", _files(BOAMP), "interoperability.public-building-blocks")
    assert "boamp-datadila.opendatasoft.com" in r["details"]["building_blocks"], r["message"]


def test_no_api_called_keeps_none(tmp_path):
    r = check_result(tmp_path / "c", _files(LOCAL), "interoperability.public-building-blocks")
    assert r["details"]["building_blocks"] == [], r["message"]
    assert r["status"] == "fail", r["message"]


def test_a_page_of_a_national_site_is_no_building_block(tmp_path):
    r = check_result(tmp_path / "d", _files(PAGE), "interoperability.public-building-blocks")
    assert r["details"]["building_blocks"] == [], r["message"]
