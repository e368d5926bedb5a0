"""Fixtures for the security tests: the desk's roles and their clients."""

import pytest

from tests.security.support import client_for, member


@pytest.fixture
def editor(db):
    return member("ed", "Editor", email="ed@newsroom.example")


@pytest.fixture
def other_editor(db):
    return member("olga", "Editor", email="olga@newsroom.example")


@pytest.fixture
def reporter(db):
    return member("rita", "Reporter", email="rita@newsroom.example")


@pytest.fixture
def editor_client(editor):
    return client_for(editor)


@pytest.fixture
def other_editor_client(other_editor):
    return client_for(other_editor)


@pytest.fixture
def reporter_client(reporter):
    return client_for(reporter)


@pytest.fixture
def reader_user(db):
    """Logged in, but neither staff nor holding any permission."""
    return member("reader", staff=False)


@pytest.fixture
def bare_staff(db):
    """Staff (may open the admin) without a single permission."""
    return member("bare", staff=True)
