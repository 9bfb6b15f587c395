"""``eventwire serve``: the web app and REST API over a store (needs the ``web`` extra)."""

from __future__ import annotations

import click


@click.command("serve")
@click.option("--db", "db", metavar="PATH", default=None,
              help="SQLite database file, or SCHEME://... for a registered backend"
              " (default: $EVENTWIRE_DB, else ./eventwire.db, the one `eventwire run` fills).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Server processes (each with its own connections; SQLite reads run side by side).")
@click.option("--threads", type=click.IntRange(1, 256), default=None,
              help="Threads per process running requests (default: 4 per CPU, at least 4, at most 32).")
@click.option("--token", default=None, envvar="EVENTWIRE_TOKEN", show_envvar=True,
              help="Bearer token that enables POST /api/ingest (without it the server is read-only).")
def serve_cmd(db: str | None, host: str, port: int, workers: int, threads: int | None,
              token: str | None) -> None:
    """Serve the pages (dashboard, evidence view, dyad timelines, network, claims, map) and
    the REST API (/api/..., schema at /openapi.json) over the store."""
    try:
        import uvicorn

        from ..web import Settings, create_app
        from ..web.settings import default_threads
    except ModuleNotFoundError as exc:
        hint = "the web app needs its extra: pip install 'eventwire[web]'"
        raise click.ClickException(f"{hint} ({exc})") from exc
    from ..store import open_store

    with open_store(db):  # a bad path fails here, with a clear message, before the server starts
        pass
    click.echo(f"eventwire: serving {db or 'the default database'} on http://{host}:{port}/"
               f" ({'writes need the bearer token' if token else 'read-only'})", err=True)
    if workers == 1:
        app = create_app(Settings(db=db, token=token or None, threads=threads or default_threads()))
        uvicorn.run(app, host=host, port=port, log_level="warning")
        return
    import os

    from ..web.settings import DB_ENV, THREADS_ENV, TOKEN_ENV

    given = ((DB_ENV, db), (TOKEN_ENV, token), (THREADS_ENV, str(threads) if threads else None))
    os.environ.update({k: v for k, v in given if v})
    uvicorn.run("eventwire.web:create_app", factory=True, workers=workers, host=host, port=port,
                log_level="warning")


commands: list[click.Command] = [serve_cmd]
