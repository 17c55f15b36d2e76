"""`jsperf serve`: a local web page for the people who fill in and check scorecards in a
browser rather than a terminal.  Imported only by that command (Starlette, Jinja2 and
uvicorn are the `jsperf[web]` extra); every page runs the one pipeline the CLI runs."""
