"""Excel registers for the district office: declared layouts (spec), district templates
(template), safe values (sanitize) and the atomic streaming writer (writer).

Import the submodules directly: this package imports nothing itself, so that the window can
start without loading openpyxl.
"""
