"""`newsgraph` entry point: registers one command per module."""
from __future__ import annotations

import importlib

import click

from .. import __version__

# command name -> module under newsgraph.cli that defines `command`
COMMANDS = {"analyze": "analyze", "ingest": "ingest", "query": "query", "export": "export", "serve": "serve"}


class LazyGroup(click.Group):
    """Imports a command's module only when it runs, so `newsgraph analyze` never loads the web stack."""

    def list_commands(self, ctx):
        return [name for name in COMMANDS if self._module(name) is not None]

    def get_command(self, ctx, name):
        module = self._module(name)
        return getattr(module, "command", None) if module else None

    @staticmethod
    def _module(name):
        if name not in COMMANDS:
            return None
        try:
            return importlib.import_module(f"{__package__}.{COMMANDS[name]}")
        except ModuleNotFoundError as error:
            if error.name == f"{__package__}.{COMMANDS[name]}":
                return None
            raise


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsgraph")
def cli() -> None:
    """newsgraph: who is named, who said what, who did what to whom, in news articles.

    \b
    Example:
      newsgraph analyze article.txt --published 2021-12-31 --format text
    """


def main() -> None:
    cli(prog_name="newsgraph")


if __name__ == "__main__":
    main()
