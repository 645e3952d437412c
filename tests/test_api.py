"""The REST API: filters, evidence, tokens on writes, clear 422s; on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from communique.api import create_app
from communique.store import Repository

ARTICLE = (" date 2025-04-03 Лавров и Фидан\n\nМосква, 3 апреля. /ТАСС/. Министр иностранных дел России Сергей Лавров "
           "провел в четверг переговоры с главой МИД Турции Хаканом Фиданом, прибывшим в Москву. Стороны обсудили "
           "ситуацию в Сирии.\n")
PHONE = (" date 2025-05-12 Разговор\n\nМосква, 12 мая. /ТАСС/. Президент России Владимир Путин провел в понедельник "
         "телефонный разговор с президентом Турции Реджепом Тайипом Эрдоганом.\n")


@pytest.fixture
def client(db_url, pipeline):
    app = create_app(db_url, pipeline_factory=lambda: pipeline)
    with TestClient(app) as test_client:
        yield test_client, Repository(db_url)


def test_writes_need_a_token(client):
    api, repo = client
    assert api.post("/documents", json={"text": ARTICLE}).status_code == 401
    bad = api.post("/documents", json={"text": ARTICLE}, headers={"Authorization": "Bearer nope"})
    assert bad.status_code == 401 and "token" in bad.json()["message"]
    assert repo.counts()["documents"] == 0
    token = repo.create_token("tests")
    posted = api.post("/documents/batch", json=[{"text": ARTICLE}, {"text": PHONE, "source": "ТАСС"}],
                      headers={"Authorization": f"Bearer {token}"})
    assert posted.status_code == 201, posted.text
    assert posted.json()["documents_added"] == 2 and posted.json()["events_added"] >= 2
    again = api.post("/documents", json={"text": ARTICLE}, headers={"X-API-Key": token})
    assert again.json()["documents_added"] == 0 and again.json()["events_added"] == 0


def test_read_endpoints_filter_and_show_evidence(client):
    api, repo = client
    token = repo.create_token("tests")
    api.post("/documents/batch", json=[{"text": ARTICLE}, {"text": PHONE}], headers={"X-API-Key": token})
    health = api.get("/health").json()
    assert health["status"] == "ok" and health["documents"] == 2
    page = api.get("/events", params={"country": "TUR", "type": "CONSULT"}).json()
    assert page["total"] == 2 and len(page["items"]) == 2
    assert api.get("/events", params={"dyad": "RUS,TUR", "mode": "phone"}).json()["total"] == 1
    assert api.get("/events", params={"country": "TUR", "limit": 1, "offset": 1}).json()["items"][0]["date"] == "2025-05-12"
    assert api.get("/events", params={"since": "2025-05-01", "until": "2025-05-31"}).json()["total"] == 1
    event_id = api.get("/events", params={"actor": "Hakan Fidan"}).json()["items"][0]["id"]
    one = api.get(f"/events/{event_id}").json()
    assert "Хаканом Фиданом" in one["mentions"][0]["evidence"]
    assert api.get("/events/nope").status_code == 404
    actors = {a["canonical"] for a in api.get("/actors").json()["items"]}
    assert {"Sergey Lavrov", "Hakan Fidan", "Vladimir Putin"} <= actors
    months = api.get("/dyads/RUS/TUR/timeline").json()["months"]
    assert [m["month"] for m in months] == ["2025-04", "2025-05"]
    docs = api.get("/documents").json()
    assert docs["total"] == 2
    assert "body" in api.get(f"/documents/{docs['items'][0]['doc_id']}").json()
    hits = api.get("/search", params={"q": "телефонном разговоре"}).json()["documents"]
    assert len(hits) == 1
    spec = api.get("/openapi.json").json()
    assert {"/events", "/documents", "/documents/batch", "/search", "/health"} <= set(spec["paths"])


@pytest.mark.parametrize("params, field", [
    ({"type": "MEETING"}, "type"),
    ({"since": "03.04.2025"}, "since"),
    ({"country": "Russia"}, "country"),
    ({"limit": 5000}, "limit"),
    ({"dyad": "RUS"}, "dyad"),
    ({"since": "2025-05-01", "until": "2025-04-01"}, "since"),
])
def test_bad_filters_get_a_clear_422(client, params, field):
    api, _repo = client
    response = api.get("/events", params=params)
    assert response.status_code == 422
    assert response.json()["message"].startswith(field)


def test_a_bad_document_is_refused_and_nothing_is_stored(client):
    api, repo = client
    token = repo.create_token("tests")
    response = api.post("/documents", json={"title": "no text"}, headers={"X-API-Key": token})
    assert response.status_code == 422 and "text" in response.json()["message"]
    response = api.post("/documents", json={"text": ARTICLE, "published": "вчера"}, headers={"X-API-Key": token})
    assert response.status_code == 422 and response.json()["message"].startswith("published")
    assert repo.counts()["documents"] == 0
