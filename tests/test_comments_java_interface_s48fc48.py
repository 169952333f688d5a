"""documentation.code-comments (issue 12, s48 fc48 = reader rh47, OPEN-ENT-NG/jupyter-connector).

An ENT module documents every method of its service interfaces with Javadoc (DocumentService: list, createFolder, update, delete,
rename with their @param; StorageService: add, remove), its classes none. The count said 0/71: a Java declaration was kept only with
`public` written, and an interface's methods are public with no modifier. They are now counted (a private interface method, or a
nested class's package-private member, still is not).
Near miss: a class's package-private methods, documented or not, stay out of the count.

The files are written for these tests, in the shape of the real repository.
"""

from __future__ import annotations

from auditor.facts.comments import measure
from tests.test_reusability_fixtures import check_result

SERVICE = """package org.commune.notebooks.service;

import java.util.List;

public interface NotebookService {
    /**
     * Lists the notebooks of a folder.
     * @param folderId the folder
     * @return the notebooks
     */
    List<String> list(String folderId);

    /**
     * Renames a notebook.
     * @param id the notebook
     * @param name its new name
     */
    void rename(String id, String name);

    /** Deletes a notebook. */
    default void delete(String id) {
        rename(id, "");
    }

    private void audit(String id) {
    }
}
"""
IMPL = """package org.commune.notebooks.service;

import java.util.List;

class DefaultNotebookService {
    /** Lists. */
    List<String> list(String folderId) {
        return List.of();
    }

    void rename(String id, String name) {
    }
}
"""


def test_an_interfaces_documented_methods_are_counted():
    r = measure("src/main/java/org/commune/notebooks/service/NotebookService.java", SERVICE)
    assert (r["declarations"], r["documented"]) == (4, 3), r  # (the interface itself undocumented; audit() private)
    assert [u["name"] for u in r["undocumented"]] == ["NotebookService"], r


def test_a_classs_package_private_methods_stay_out():
    r = measure("src/main/java/org/commune/notebooks/service/DefaultNotebookService.java", IMPL)
    assert (r["declarations"], r["documented"]) == (0, 0), r


def test_the_check_counts_them(tmp_path):
    files = {"README.md": "# Notebooks\n\nConnects the workspace to notebooks.\n", "pom.xml": "<project><artifactId>notebooks</artifactId></project>\n",
             "src/main/java/org/commune/notebooks/service/NotebookService.java": SERVICE}
    r = check_result(tmp_path, files, "documentation.code-comments")
    assert "(3/4)" in r["message"]["en"], r["message"]
