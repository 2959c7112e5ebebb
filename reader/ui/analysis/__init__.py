"""The editor's side of the analysis: Entities, Sources and Claims tabs, claim and entity
marks in the text, editorial review, teaching the entity recogniser, the attribution report
and the library-wide "who said what". :func:`install_analysis` attaches it all to a window.

Imported lazily, so that ``reader report --format html`` (report_export) loads no widgets.
"""

__all__ = ["AnalysisFeature", "install_analysis"]


def __getattr__(name: str):
    if name in __all__:
        from . import integration

        return getattr(integration, name)
    raise AttributeError(name)
