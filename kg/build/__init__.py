"""The build pipeline (see :mod:`kg.build.pipeline`)."""
