"""Build logic for the hip pain guide: YAML data -> validated models -> pages.

Plain Python, callable without MkDocs; the MkDocs plugin in ``plugin.py`` is a thin
adapter around :func:`hipguide.data.load.load_site_data` and :mod:`hipguide.site.pages`.
"""
