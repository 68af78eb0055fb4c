"""Command groups of the `dyad` CLI, each a thin layer over library functions."""
