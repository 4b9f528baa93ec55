"""The analyst's HTML report and the actor network export.

``writer.write_report`` reads the graph through ``queries/report/*.rq``
(``data``), turns it into chart data and table rows (``sections``, ``tables``)
and document pages (``document``), and writes a static folder that works from
``file://``; ``network`` builds the actor network the report draws and
``gephi`` writes it as GraphML or GEXF.
"""
