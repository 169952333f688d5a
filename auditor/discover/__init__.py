"""Discovery of candidates in the public sector catalogue of repositories (``auditor discover``)."""
