"""A Spring Security login switched off is no sign-in (issue 12, session 23 reader m2, an OPSN's REST service): the service's
security class closes with `.and().httpBasic().disable();` behind an IP allow-list (`hasIpAddress(...)`), and interoperability.auth
said "Sign-in with local accounts only", its evidence the `.httpBasic(` of that very line. A login the chain disables at once
(`.httpBasic().disable()`, the Lambda DSL's `.formLogin(AbstractHttpConfigurer::disable)` or `httpBasic(b -> b.disable())`) signs
nobody in; a login left on (`.httpBasic()`, `.formLogin().loginPage(...)`) is still local accounts."""

from __future__ import annotations

import pytest

from tests.test_framework_accounts_s19_h3 import ENTITY, POM, _auth


def _security(chain: str) -> str:
    return ("package fr.territoire.ressources.config;\n\npublic class SecuriteConfiguration extends WebSecurityConfigurerAdapter {\n"
            "    @Override\n    protected void configure(HttpSecurity http) throws Exception {\n"
            "        String autorises = \"hasIpAddress('127.0.0.1') or hasIpAddress('10.0.0.0/8')\";\n"
            f"        http.csrf().disable().authorizeRequests().antMatchers(\"/api/**\").access(autorises)\n{chain}\n    }}\n}}\n")


def _files(chain):
    return {"pom.xml": POM, "src/main/java/fr/territoire/ressources/domain/Office.java": ENTITY,
            "src/main/java/fr/territoire/ressources/config/SecuriteConfiguration.java": _security(chain)}


@pytest.mark.parametrize("chain", [
    "                .and().httpBasic().disable();",
    "                .and().httpBasic()\n                .disable();",
    "                .and().formLogin(AbstractHttpConfigurer::disable);",
    "                .and().httpBasic(basic -> basic.disable());",
])
def test_a_login_switched_off_signs_nobody_in(tmp_path, chain):
    auth = _auth(tmp_path, _files(chain))
    assert auth["status"] == "not_applicable", auth
    assert not auth["details"]["local_login"], auth


@pytest.mark.parametrize("chain", [
    "                .and().httpBasic();",
    "                .and().formLogin().loginPage(\"/connexion\").permitAll();",
    "                .and().httpBasic(Customizer.withDefaults());",
])
def test_a_login_left_on_is_still_local_accounts(tmp_path, chain):
    auth = _auth(tmp_path, _files(chain))
    assert auth["status"] == "fail" and "local accounts" in auth["message"]["en"], auth
