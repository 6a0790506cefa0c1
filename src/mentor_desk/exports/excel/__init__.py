"""Excel registers for the district office: column layout (layout), safe values (sanitize) and the
atomic streaming writer (writer). The declared layouts live in domain.registers, a district's own
template is read by imports.register_template.

Import the submodules directly: this package imports nothing itself, so that the window can
start without loading openpyxl.
"""
