"""REST API over the repository (`communique serve`): read endpoints open, writes behind tokens.

The app holds no logic of its own: filters become an `EventFilter`, a posted document goes
through the same pipeline and save as `communique run`. The OpenAPI spec is served at
/openapi.json by the app itself (no CDN-hosted docs page, so it works offline).
"""


import json
from typing import Annotated, Literal

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from pydantic import BaseModel, Field, model_validator

from communique.store import SCHEMA_VERSION, EventFilter, Repository

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
MAX_LIMIT = 500
ISO_DAY = r"^\d{4}-\d{2}-\d{2}$"

EventType = Literal[PLOVER_TYPES]  # type: ignore[valid-type]
Mode = Literal["visit", "third-party", "multilateral", "phone"]
Auxiliary = Literal["none", "historical", "future", "hypothetical", "negated"]


class DocumentIn(BaseModel):
    """One article to ingest: its text or HTML, and what the caller knows of it."""

    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = Field(None, pattern=ISO_DAY)
    source: str | None = None

    @model_validator(mode="after")
    def _has_a_body(self):
        # A field validator would not run when neither field is sent; the model's does.
        if not (self.text or "").strip() and not (self.html or "").strip():
            raise ValueError("give the article as 'text' or 'html'")
        return self


class Page(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[dict]


def _message(exc: RequestValidationError) -> str:
    parts = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("query", "body", "path"))
        parts.append(f"{where or 'request'}: {error.get('msg')}")
    return "; ".join(parts)


def create_app(db: str, pipeline_factory=None) -> FastAPI:
    """The API over the database `db` (a SQLite path or a URL); the pipeline loads on the first POST."""
    repository = Repository(db)
    app = FastAPI(title="Communiqué", version="1.0",
                  description="Political events from Russian-language news, coded in PLOVER/CAMEO, with evidence.",
                  docs_url=None, redoc_url=None)
    state: dict = {}

    @app.exception_handler(RequestValidationError)
    async def _bad_request(_request: Request, exc: RequestValidationError):
        return JSONResponse(status_code=422, content={"message": _message(exc), "detail": jsonable_encoder(exc.errors())})

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException):
        return JSONResponse(status_code=exc.status_code, content={"message": exc.detail, "detail": exc.detail},
                            headers=getattr(exc, "headers", None))

    def writer(authorization: Annotated[str | None, Header()] = None,
               x_api_key: Annotated[str | None, Header()] = None) -> str:
        token = x_api_key or (authorization[7:].strip() if authorization and authorization[:7].lower() == "bearer "
                              else None)
        name = repository.token_name(token) if token else None
        if name is None:
            raise HTTPException(401, "a valid API token is required (Authorization: Bearer TOKEN; "
                                     "create one with `communique token create NAME`)",
                                headers={"WWW-Authenticate": "Bearer"})
        return name

    @app.get("/health")
    def health() -> dict:
        return {"status": "ok", "database": repository.dialect, "schema_version": SCHEMA_VERSION,
                **repository.counts()}

    @app.get("/events", response_model=Page)
    def list_events(
        actor: str | None = None,
        country: Annotated[str | None, Query(pattern=r"^[A-Z]{3}$", description="ISO 3166-1 alpha-3")] = None,
        dyad: Annotated[str | None, Query(pattern=r"^[^,]+,[^,]+$", description="two parties: RUS,CHN")] = None,
        type: EventType | None = None,  # noqa: A002 - the PLOVER field is called type
        mode: Mode | None = None,
        auxiliary: Auxiliary | None = None,
        context: Annotated[str | None, Query(pattern=r"^[a-z_]+$")] = None,
        since: Annotated[str | None, Query(pattern=ISO_DAY)] = None,
        until: Annotated[str | None, Query(pattern=ISO_DAY)] = None,
        text: Annotated[str | None, Query(min_length=2, max_length=200)] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> Page:
        if since and until and since > until:
            raise HTTPException(422, "since: must not be later than until")
        where = EventFilter(actor=actor, country=country, dyad=tuple(dyad.split(",")) if dyad else None, type=type,
                            mode=mode, auxiliary=auxiliary, context=context, since=since, until=until, text=text)
        return Page(total=repository.count_events(where), limit=limit, offset=offset,
                    items=repository.events(where, limit=limit, offset=offset))

    @app.get("/events/{event_id}")
    def one_event(event_id: str) -> dict:
        record = repository.event(event_id)
        if record is None:
            raise HTTPException(404, f"no event {event_id!r}")
        cited = {d["doc_id"]: d for d in repository.documents(ids=[m["doc_id"] for m in record["mentions"]])}
        for mention in record["mentions"]:
            doc = cited.get(mention["doc_id"], {})
            mention["title"], mention["url"] = doc.get("title"), doc.get("url")
            mention["evidence"] = mention["sentence"]  # the stored sentence is body[start:end]
        return record

    @app.get("/actors", response_model=Page)
    def list_actors(q: str | None = None, limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
                    offset: Annotated[int, Query(ge=0)] = 0) -> Page:
        items = repository.actors(q, limit=limit, offset=offset)
        return Page(total=len(items) + offset, limit=limit, offset=offset, items=items)

    @app.get("/dyads/{first}/{second}/timeline")
    def dyad_timeline(first: str, second: str) -> dict:
        return {"dyad": [first, second], "months": repository.dyad_timeline(first, second)}

    @app.get("/documents", response_model=Page)
    def list_documents(since: Annotated[str | None, Query(pattern=ISO_DAY)] = None,
                       until: Annotated[str | None, Query(pattern=ISO_DAY)] = None,
                       limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
                       offset: Annotated[int, Query(ge=0)] = 0) -> Page:
        items = repository.documents(limit=limit, offset=offset, since=since, until=until)
        return Page(total=repository.counts()["documents"], limit=limit, offset=offset, items=items)

    @app.get("/documents/{doc_id}")
    def one_document(doc_id: str) -> dict:
        doc = repository.document(doc_id)
        if doc is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        return doc

    @app.get("/search")
    def search(q: Annotated[str, Query(min_length=2, max_length=200)],
               limit: Annotated[int, Query(ge=1, le=100)] = 20) -> dict:
        return {"query": q, "documents": repository.search(q, limit=limit)}

    @app.post("/documents", status_code=201)
    def post_document(document: DocumentIn, _who: Annotated[str, Depends(writer)]) -> dict:
        """Ingest one article: run the pipeline, store it and its events."""
        return ingest([document])

    @app.post("/documents/batch", status_code=201)
    def post_documents(documents: list[DocumentIn], _who: Annotated[str, Depends(writer)]) -> dict:
        """Ingest up to 100 articles in one transaction."""
        return ingest(documents)

    def ingest(batch: list[DocumentIn]) -> dict:
        from communique.ingest.formats import jsonl_documents
        from communique.pipeline import fuse_across
        from communique.records import IngestError

        if not batch or len(batch) > 100:
            raise HTTPException(422, "documents: send 1 to 100 documents per request")
        if "pipeline" not in state:
            state["pipeline"] = (pipeline_factory or _default_pipeline)()
        pipeline = state["pipeline"]
        lines = "\n".join(json.dumps(d.model_dump(exclude_none=True), ensure_ascii=False) for d in batch)
        processed, errors = [], []
        for raw in jsonl_documents("api", lines):
            if isinstance(raw, IngestError):
                errors.append(f"{raw.path}: {raw.message}")
            else:
                processed.append(pipeline.process(raw))
        if errors:
            raise HTTPException(422, "; ".join(errors))
        fused = fuse_across(processed)
        result = repository.save(processed, fused)
        return {"documents_added": result.documents_added, "events_added": result.events_added,
                "events_updated": result.events_updated, "mentions_added": result.mentions_added,
                "documents": [d.document.doc_id for d in processed]}

    return app


def _default_pipeline():
    from communique.pipeline import Pipeline

    return Pipeline()

