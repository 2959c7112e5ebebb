"""The learner's side: the word panel, the Vocabulary tab, review, learner reading mode.

:func:`install_vocabulary` attaches it all to a main window. Imported lazily.
"""

__all__ = ["VocabFeature", "install_vocabulary"]


def __getattr__(name: str):
    if name in __all__:
        from . import integration

        return getattr(integration, name)
    raise AttributeError(name)
