"""documentation.code-comments (issue 12, s37 fe37 = reader ra37, vfabry/geopicardie-qgis-plugin): a QGIS plugin written with
two-space indents gives many methods an empty docstring (`\"\"\"⏎    \"\"\"`, an editor snippet's), which `ast.get_docstring` returns
as the blank line's spaces: the check said 86/87 documented, about 61/89 in fact. A docstring, or a /** */ block, documents only
if it says something (a letter); the ones with words, however short, still count."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CC = "documentation.code-comments"

DOCK = '''# -*- coding: utf-8 -*-

from PyQt4.QtCore import *
from PyQt4.QtGui import *


class TreeDockWidget(QDockWidget):
  """
  The dock widget holding the tree of resources
  """

  def __init__(self, parent = None):
    """
    """
    super(TreeDockWidget, self).__init__()
    self.initGui()


  def initGui(self):
    """
    """
    self.setAllowedAreas(Qt.LeftDockWidgetArea | Qt.RightDockWidgetArea)


  def setTreeContents(self, resources_tree):
    """
    Creates the items of the tree widget
    """
    self.treeWidget.setTreeContents(resources_tree)


  def dockStateChanged(self, floating):
    """   """
    if floating:
      self.resize(300, 450)


  def reload(self):
    """Reload."""
    self.initGui()
'''

WIDGET_JS = '''/**
 */
export function drawTree(nodes) {
  return nodes.map((n) => n.title);
}

/**
 * Opens the layer of a node in the map.
 */
export function openLayer(node) {
  return node.url;
}
'''


def test_empty_docstrings_document_nothing(tmp_path):
    res = judge(tmp_path, {"plugin/tree/gui/dock.py": DOCK, "plugin/tree/web/tree.js": WIDGET_JS,
                           "README.md": "# Arbre de ressources\n\nUn plugin QGIS.\n"}, [CC])[1][CC]
    py = res["details"]["by_language"]["python"]
    # the class, setTreeContents and reload; not initGui nor dockStateChanged (an empty docstring, one of spaces)
    assert (py["documented"], py["declarations"]) == (3, 5), res["details"]
    js = res["details"]["by_language"]["javascript"]
    assert (js["documented"], js["declarations"]) == (1, 2), res["details"]
