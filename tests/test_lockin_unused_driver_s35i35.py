"""scaling.vendor-lock-in and reusability.portability (issue 12, s35 i35 = DSI-Ville-Noumea/gasel): a Tapestry + Cayenne application
whose every Cayenne node goes to the one datasource jdbc/gasel (PostgreSQL) keeps a leftover IBM i (AS/400) driver: jt400 in its
pom.xml, a copied jt400.jar, a resource-ref jdbc/db2 in web.xml and an old Tomcat context.xml defining jdbc/db2 with the AS/400
driver; no code looks jdbc/db2 up. Both checks said "IBM i (AS/400) DB2 … cannot be replaced without rewriting": a datasource the
application never looks up, while it looks up another, is no use; a JDBC driver declared or copied alone is no use.
Near misses: the code looking jdbc/db2 up, or naming the driver's classes, keeps the lock-in; a context whose datasource no code
names at all (nothing says which one the application uses) keeps it too."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CHECKS = ["scaling.vendor-lock-in", "reusability.portability"]

POM = """<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>nc.ccas</groupId>
  <artifactId>gestion</artifactId>
  <version>3.1</version>
  <packaging>war</packaging>
  <dependencies>
    <dependency>
      <groupId>org.apache.tapestry</groupId>
      <artifactId>tapestry-annotations</artifactId>
      <version>4.1.6</version>
    </dependency>
    <dependency>
      <groupId>postgresql</groupId>
      <artifactId>postgresql</artifactId>
      <version>8.4-702.jdbc4</version>
    </dependency>
    <dependency>
      <groupId>net.sf.jt400</groupId>
      <artifactId>jt400</artifactId>
      <version>6.7</version>
    </dependency>
  </dependencies>
</project>
"""

OLD_CONTEXT = """<?xml version='1.0' encoding='utf-8'?>
<Context>
    <WatchedResource>WEB-INF/web.xml</WatchedResource>

    <Resource name="jdbc/db2" auth="Container"
        type="javax.sql.DataSource" username="app" password="P@ssw0rd"
        driverClassName="com.ibm.as400.access.AS400JDBCDriver"
        url="jdbc:as400:serveur;prompt=false;date format=iso"
        initialSize="1" minIdle="1" maxActive="8" maxIdle="4" />

    <Resource name="jdbc/gestion" auth="Container"
        type="javax.sql.DataSource" username="gestion_adm" password="P@ssw0rd"
        driverClassName="org.postgresql.Driver"
        url="jdbc:postgresql:gestion"
        initialSize="1" minIdle="1" maxActive="8" maxIdle="4" />
</Context>
"""

CONTEXT = """<?xml version='1.0' encoding='utf-8'?>
<Context>
    <Resource name="jdbc/gestion" auth="Container"
        type="javax.sql.DataSource" username="gestion_adm" password="P@ssw0rd"
        driverClassName="org.postgresql.Driver"
        url="jdbc:postgresql://pg/gestion" />
</Context>
"""

WEB_XML = """<?xml version="1.0" encoding="UTF-8"?>
<web-app>
	<resource-ref>
		<description>Gestion DB</description>
		<res-ref-name>jdbc/gestion</res-ref-name>
		<res-type>javax.sql.DataSource</res-type>
		<res-auth>Container</res-auth>
	</resource-ref>
	<resource-ref>
		<description>DB2</description>
		<res-ref-name>jdbc/db2</res-ref-name>
		<res-type>javax.sql.DataSource</res-type>
		<res-auth>Container</res-auth>
	</resource-ref>
</web-app>
"""

CAYENNE = """<?xml version="1.0" encoding="utf-8"?>
<domains project-version="2.0">
<domain name="gestion">
	<map name="nc.ccas.gestion.model" location="nc.ccas.gestion.model.map.xml"/>
	<node name="db"
		 datasource="jdbc/gestion"
		 factory="org.apache.cayenne.conf.JNDIDataSourceFactory">
			<map-ref name="nc.ccas.gestion.model"/>
	</node>
</domain>
</domains>
"""

WORK = """package nc.ccas.gestion.agents;

import javax.naming.InitialContext;

public class DataUpdateWork {{
    public void run() throws Exception {{
        InitialContext ctx = new InitialContext();
{body}
    }}
}}
"""


def tree(**over):
    files = {"README.md": "# Gestion\n\nApplication de gestion du CCAS.\n", "webapp/pom.xml": POM,
             "webapp/tomcat/context.xml": OLD_CONTEXT, "webapp/src/main/webapp/META-INF/context.xml": CONTEXT,
             "webapp/src/main/webapp/WEB-INF/web.xml": WEB_XML, "model/gen-src/cayenne.xml": CAYENNE,
             "webapp/docker/lib/jt400.jar": "PK\x03\x04 driver",
             "webapp/src/aides/nc/ccas/gestion/agents/DataUpdateWork.java":
                 WORK.format(body="        // Object ds = ctx.lookup(MairieDSF.JNDI_LOCATION);\n        System.out.println(ctx);")}
    files.update(over)
    return files


def judge(tmp_path, files):
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", CHECKS))


def test_a_leftover_db2_driver_and_datasource_nothing_looks_up_is_no_lock_in(tmp_path):
    res = judge(tmp_path, tree())
    for cid in CHECKS:
        assert "AS/400" not in str(res[cid]["message"]) and "AS/400" not in str(res[cid]["evidence"]), res[cid]


def test_the_db2_datasource_looked_up_by_the_code_stays_a_lock_in(tmp_path):
    body = '        Object ds = ctx.lookup("java:comp/env/jdbc/db2");\n        System.out.println(ds);'
    res = judge(tmp_path, tree(**{"webapp/src/aides/nc/ccas/gestion/agents/DataUpdateWork.java": WORK.format(body=body)}))
    for cid in CHECKS:
        assert "IBM i (AS/400) DB2" in res[cid]["message"]["en"], res[cid]


def test_the_driver_classes_named_by_the_code_stay_a_lock_in(tmp_path):
    body = '        com.ibm.as400.access.AS400 system = new com.ibm.as400.access.AS400("serveur");\n        System.out.println(system);'
    res = judge(tmp_path, tree(**{"webapp/src/aides/nc/ccas/gestion/agents/DataUpdateWork.java": WORK.format(body=body)}))
    assert "IBM i (AS/400) DB2" in res["scaling.vendor-lock-in"]["message"]["en"], res["scaling.vendor-lock-in"]


def test_a_context_whose_datasources_no_code_names_keeps_the_lock_in(tmp_path):
    files = tree()
    del files["model/gen-src/cayenne.xml"]  # (nothing says which datasource the application looks up)
    res = judge(tmp_path, files)
    assert "IBM i (AS/400) DB2" in res["scaling.vendor-lock-in"]["message"]["en"], res["scaling.vendor-lock-in"]
