"""Fixtures for the importer tests: texts we wrote, and a guard that fails on network use."""

from __future__ import annotations

import socket

import pytest

#: A short Arabic news article written for these tests (not from any corpus).
ARTICLE = (
    "الحكومة تعلن خطة جديدة لدعم الطاقة الشمسية\n"
    "\n"
    "أعلنت الحكومة يوم الأحد عن خطة جديدة لدعم مشروعات الطاقة الشمسية في المناطق الريفية.\n"
    "\n"
    "وقال وزير الطاقة في مؤتمر صحفي إن الخطة تشمل قروضا ميسرة للمزارعين والشركات الصغيرة.\n"
    "\n"
    "وأضاف أن التمويل سيأتي من البنوك المحلية خلال السنوات الخمس المقبلة.\n"
)

#: A French text, for "Latin-1 must not be taken for Arabic".
FRENCH = (
    "L'été dernier, le ministre a déclaré que la réforme était nécessaire.\n"
    "Où en est-on aujourd'hui ? Ça dépend des régions, répond l'économiste.\n"
    "ÉTAT DES LIEUX : les élèves français reçoivent leurs résultats en août.\n"
)


@pytest.fixture
def article() -> str:
    return ARTICLE


@pytest.fixture
def french() -> str:
    return FRENCH


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to resolve a name or connect a socket fails the test (the socket class
    itself stays, so modules that subclass it, like ssl, still import)."""

    def refuse(*args, **kwargs):
        raise NetworkUsed(f"network access attempted: {args[1:]!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket.socket, "sendto", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield
