"""scaling.personal-data (issue 12, s37 fi37 = reader rc37, DevPAMGit/dossier-numerique-agent): docker/init_db.sql creates
par_parametre_date_agent (par_id, par_nom, par_id_propriete_alf), the list of an agent's dates the module tracks (its rows: 'Date de
naissance de l''agent'…). The check reported "Personal data in 1 table(s): name" with par_nom: the table's last word, agent, made it a
people's table, so its name column was a person's. A table whose name's head is a parameter's, a setting's, a label's or a type's
(after a code prefix: par_parametre_…, t_type_…) lists values, and its <prefix>_nom is a value's name. Near miss: a table of agents
(agt_agent: agt_nom, agt_prenom, its code prefix before a person's word) stays people's, as does a type table's neighbour of agents
named with a code (agt_agents: agt_nom alone)."""

from __future__ import annotations

from tests.test_reusability_fixtures import pd

PARAMS = """create table if not exists par_parametre_date_agent(
\tpar_id SERIAL,
    par_nom varchar(100) not null,
    par_id_propriete_alf varchar(150) not null,
    constraint pk_parametre_date_agent primary key(par_id)
);

create table if not exists t_type_agent(
    tya_id SERIAL,
    tya_nom varchar(50) not null
);

insert into par_parametre_date_agent(par_nom, par_id_propriete_alf) values ('Date de naissance de l''agent', 'dateNaissAgt');
"""
AGENTS = """create table if not exists agt_agent(
    agt_id SERIAL,
    agt_nom varchar(100) not null,
    agt_prenom varchar(100) not null
);
"""
OWN_SETTINGS = """create table if not exists agt_agents(
    agt_id SERIAL,
    agt_nom varchar(100) not null,
    agt_date_entree date
);
"""
POM = "<project><modelVersion>4.0.0</modelVersion><artifactId>dna</artifactId></project>\n"


def test_a_parameter_tables_name_column_is_no_persons(tmp_path):
    r = pd(tmp_path, {"pom.xml": POM, "docker/init_db.sql": PARAMS})
    assert r["status"] == "pass", r["message"]


def test_a_table_of_agents_and_an_agents_own_settings_stay_peoples(tmp_path):
    r = pd(tmp_path, {"pom.xml": POM, "docker/init_db.sql": PARAMS + AGENTS})
    assert r["status"] == "warn" and "1 table(s)" in r["message"]["en"], r["message"]
    r = pd(tmp_path / "b", {"pom.xml": POM, "docker/init_db.sql": PARAMS + OWN_SETTINGS})
    assert r["status"] == "warn" and "1 table(s)" in r["message"]["en"], r["message"]
