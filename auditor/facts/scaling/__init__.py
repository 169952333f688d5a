"""Facts of the scaling-risks family: what another territory meets when it takes the project up.

- ``reuse_evidence`` (:mod:`.reuse`): forks by other public bodies (forge), public instances and
  deployments named in the README and the docs, ``publiccode.yml`` ``usedBy``;
- ``contributor_types`` (:mod:`.people`): who wrote the year's commits, by type of organisation
  (public body, listed company, organisation of unknown type, individual, bot), and the bus factor in words;
- ``vendor_lockin`` (:mod:`.lockin`): proprietary services and tools the code cannot run without;
- ``hosting_dependencies`` (:mod:`.hosting`): hosts hard-coded in code and configuration by owner,
  internal databases, restricted-access data sets;
- ``end_of_life`` (:mod:`.eol`): runtimes, frameworks and base images past their end of life as of
  the audit's date, and abandoned packages;
- ``personal_data`` (:mod:`.personal`): schema and model fields that hold personal data;
- ``personal_records`` (:mod:`.personal_records`): people's records committed as files (log files of directory entries or e-mail
  addresses, lists of people in CSV);
- ``impact_indicators`` (:mod:`.impact`): a public statistics or impact page, a ``/stats`` route.

The lists these facts apply (organisations, services, hosts, end-of-life dates, field names) are
data files in :mod:`auditor.data`; each fact names the file and date it used.
"""

from auditor.facts.scaling import eol, hosting, impact, lockin, people, personal, personal_records, reuse  # noqa: F401
