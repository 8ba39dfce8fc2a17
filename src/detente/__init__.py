"""Détente: offline political event coding in the PLOVER ontology.

The pipeline (see ``detente.pipeline``) runs these stages in order:

    ingest → nlp → actors → coreference → triggers → roles → modality → dates → places → fusion → events

Public API::

    from detente import code_articles, Article
"""
__version__ = "0.1.0"

__all__ = ["__version__"]
