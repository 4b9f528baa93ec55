"""The actor network as GraphML and GEXF 1.3 files, for Gephi and other graph tools.

Written with the standard library's ElementTree rather than networkx's writers:
those stamp the current date and library version into GEXF (the same graph
would give different files) and would add a dependency for two small formats;
the tests read both files back with networkx. Nodes are actor IRIs with label,
kind and document count; edges carry relation, weight (claims or talks events)
and the IRIs of those items. Every edge is directed (``talked-with`` is
symmetric and written once, source before target), as most readers refuse
mixed graphs.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from kg.errors import ReportError
from kg.outputs import atomic_output, failure
from kg.report.network import ActorNetwork

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
GEXF_NS = "http://gexf.net/1.3"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"

#: Node and edge attributes: name, GraphML type, GEXF type.
_NODE_ATTRIBUTES = (("label", "string", "string"), ("kind", "string", "string"), ("documents", "int", "integer"))
_EDGE_ATTRIBUTES = (("relation", "string", "string"), ("weight", "int", "integer"), ("items", "string", "string"))


def graphml(network: ActorNetwork) -> bytes:
    """The network as a GraphML document."""
    root = ET.Element("graphml", {"xmlns": GRAPHML_NS, "xmlns:xsi": XSI_NS,
                                  "xsi:schemaLocation": f"{GRAPHML_NS} {GRAPHML_NS}/1.0/graphml.xsd"})
    for scope, attributes in (("node", _NODE_ATTRIBUTES), ("edge", _EDGE_ATTRIBUTES)):
        for name, kind, _ in attributes:
            ET.SubElement(root, "key", {"id": name, "for": scope, "attr.name": name, "attr.type": kind})
    graph = ET.SubElement(root, "graph", {"id": "actors", "edgedefault": "directed"})
    for actor in network.actors:
        node = ET.SubElement(graph, "node", {"id": actor.iri})
        for key, value in (("label", actor.label), ("kind", actor.kind), ("documents", str(actor.documents))):
            ET.SubElement(node, "data", {"key": key}).text = value
    for number, link in enumerate(network.links):
        edge = ET.SubElement(graph, "edge", {"id": f"e{number}", "source": link.source, "target": link.target})
        for key, value in (("relation", link.relation), ("weight", str(link.weight)), ("items", " ".join(item for item, _ in link.items))):
            ET.SubElement(edge, "data", {"key": key}).text = value
    return _serialize(root)


def gexf(network: ActorNetwork) -> bytes:
    """The network as a GEXF 1.3 document (Gephi's own format)."""
    root = ET.Element("gexf", {"xmlns": GEXF_NS, "xmlns:xsi": XSI_NS, "version": "1.3",
                               "xsi:schemaLocation": f"{GEXF_NS} {GEXF_NS}/gexf.xsd"})
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = "kg"
    ET.SubElement(meta, "description").text = "Actor network: who accused, denied, demanded or talked with whom"
    graph = ET.SubElement(root, "graph", {"defaultedgetype": "directed", "mode": "static"})
    for scope, attributes in (("node", _NODE_ATTRIBUTES[1:]), ("edge", _EDGE_ATTRIBUTES[::2])):
        declared = ET.SubElement(graph, "attributes", {"class": scope})
        for name, _, kind in attributes:
            ET.SubElement(declared, "attribute", {"id": name, "title": name, "type": kind})
    nodes = ET.SubElement(graph, "nodes")
    for actor in network.actors:
        node = ET.SubElement(nodes, "node", {"id": actor.iri, "label": actor.label})
        values = ET.SubElement(node, "attvalues")
        ET.SubElement(values, "attvalue", {"for": "kind", "value": actor.kind})
        ET.SubElement(values, "attvalue", {"for": "documents", "value": str(actor.documents)})
    edges = ET.SubElement(graph, "edges")
    for number, link in enumerate(network.links):
        edge = ET.SubElement(edges, "edge", {"id": str(number), "source": link.source, "target": link.target,
                                             "label": link.relation, "weight": str(link.weight)})
        values = ET.SubElement(edge, "attvalues")
        ET.SubElement(values, "attvalue", {"for": "relation", "value": link.relation})
        ET.SubElement(values, "attvalue", {"for": "items", "value": " ".join(item for item, _ in link.items)})
    return _serialize(root)


#: Writers by file format name.
FORMATS = {"graphml": graphml, "gexf": gexf}


def write_network(network: ActorNetwork, path: Path, fmt: str) -> None:
    """Write the network to ``path`` as ``graphml`` or ``gexf``, written whole (kg.outputs.atomic_output).

    Raises:
        ReportError: The file cannot be written.
    """
    data = FORMATS[fmt](network)
    try:
        with atomic_output(path, follow_links=True) as out:
            out.write(data)
    except OSError as error:
        raise ReportError(f"{path}: cannot write the {fmt} file: {failure(error, path)}") from error


def _serialize(root: ET.Element) -> bytes:
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
