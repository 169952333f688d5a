"""A field typed as a number, a flag or an enum holds no person's name, address or correspondents; a template attribute bound to
a token's name is no field (issue 12, s42 fk42 = GIP-RECIA/GLC).

A Spring Boot + Vue application: ExternalId's `@Enumerated private ExternalIdSource destinataire;` (the external system an
identifier is for, PRONOTE, BCDI…) was read as "a message's correspondents"; a Vue input's `:value="user?.givenName"` made `value`
a name field, so an alert threshold's `private int value;` and a settings DTO's `value` counted as "identity (strong)". Now none
counts; a String destinataire beside an expediteur in a mail model stays the correspondents, and the person's own fields stay.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECK = "scaling.personal-data"
PERSONNE = """package fr.exemple.db.entities;

import javax.persistence.*;

@Entity
@Table(name = "personne")
public class Personne {
    @Id
    private Long id;
    private String nom;
    private String prenom;
    private String email;
    private java.time.LocalDate dateNaissance;
}
"""
EXTERNAL_ID = """package fr.exemple.db.entities;

import fr.exemple.db.enums.ExternalIdSource;
import lombok.Getter;
import lombok.Setter;
import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;

@Embeddable
@Getter
@Setter
public class ExternalId {
    /** Identifiant externe. */
    @Column(nullable = false)
    private String id;
    /** Destinataire de l'identifiant. */
    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    private ExternalIdSource destinataire;
}
"""
SOURCE = "package fr.exemple.db.enums;\n\npublic enum ExternalIdSource {\n    PRONOTE, BCDI, SACOCHE\n}\n"
SETTINGS = """package fr.exemple.configuration;

import lombok.Data;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "app")
@Data
@Slf4j
public class AppProperties {
    private List<AlertProperties> alerts;
    private List<GuichetProperties> guichets;

    @Data
    public static class AlertProperties {
        private String source;
        private ValueProperties min;

        @Data
        public static class ValueProperties {
            private int value;
            private boolean action;
        }
    }

    @Data
    public static class GuichetProperties {
        private String nom;
    }
}
"""
INCERTAIN = """package fr.exemple.db.dto;

import lombok.Data;

@Data
public class IncertainDto {
    private String attribut;
    private String value;
    private String texte;
    private boolean obligatoire;
}
"""
VUE = """<template>
  <v-text-field :label="$t('prenom')" :value="user?.givenName" readonly />
</template>
<script setup lang="ts">
defineProps<{ user?: { givenName: string } }>();
</script>
"""
POM = """<project><modelVersion>4.0.0</modelVersion><groupId>fr.exemple</groupId><artifactId>comptes</artifactId><version>1.0</version>
<dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-data-jpa</artifactId><version>2.7.18</version></dependency></dependencies></project>
"""
APP = {"pom.xml": POM, "src/main/java/fr/exemple/db/entities/Personne.java": PERSONNE,
       "src/main/java/fr/exemple/db/entities/ExternalId.java": EXTERNAL_ID,
       "src/main/java/fr/exemple/db/enums/ExternalIdSource.java": SOURCE,
       "src/main/java/fr/exemple/configuration/AppProperties.java": SETTINGS,
       "src/main/java/fr/exemple/db/dto/IncertainDto.java": INCERTAIN,
       "src/main/webapp/src/components/UserIdentity.vue": VUE}
MAIL = """package fr.exemple.db.entities;

import javax.persistence.*;

@Entity
public class Envoi {
    @Id
    private Long id;
    private String expediteur;
    private String destinataire;
    private String sujet;
}
"""


def _tables(res) -> dict:
    return {e["value"]["table"]: e["value"]["fields"] for e in res[CHECK]["evidence"] if isinstance(e.get("value"), dict) and "table" in e["value"]}


def test_typed_and_bound_fields_are_no_person_s(tmp_path):
    _, res = judge(tmp_path, APP, [CHECK])
    r = res[CHECK]
    assert r["status"] == "warn", r["message"]
    tables = _tables(res)
    assert "Personne" in tables, tables
    assert not {"ExternalId", "IncertainDto", "AppProperties"} & set(tables), tables
    assert not any("value (" in f for fs in tables.values() for f in fs), tables
    assert "correspondents" not in r["message"]["en"], r["message"]


def test_near_miss_a_mail_model_s_text_recipient_stays(tmp_path):
    _, res = judge(tmp_path, {**APP, "src/main/java/fr/exemple/db/entities/Envoi.java": MAIL}, [CHECK])
    assert "correspondents" in res[CHECK]["message"]["en"], res[CHECK]["message"]
    assert "Envoi" in _tables(res), _tables(res)


def test_declared_types_read():
    from auditor.facts.scaling.personal_types import non_text_field

    class Snap:
        files = {}

    assert non_text_field(Snap, SETTINGS, "value") is True  # (private int value;)
    assert non_text_field(Snap, INCERTAIN, "value") is False  # (private String value;)
    assert non_text_field(Snap, "data class Seuil(val value: Int, val nom: String)\n".replace("(", "(\n").replace(", ", ",\n"), "value") is True
    assert non_text_field(Snap, "interface Seuil {\n  value: number;\n  nom: string;\n}\n", "nom") is False
