"""The build pipeline, one stage per module, composed in :mod:`kg.build.pipeline`.

=============  =====================================================================
stage          module
=============  =====================================================================
parse          :mod:`kg.build.parse` (errors worded and subjects located by :mod:`kg.build.load`)
derive         :mod:`kg.build.derive`
validate       :mod:`kg.build.shapes` (the compiled shapes), :mod:`kg.build.validate` (reports;
               pySHACL, the reference engine)
export         :mod:`kg.build.export`
store          :mod:`kg.build.store`, :mod:`kg.build.counts`
incremental    :mod:`kg.build.incremental`, :mod:`kg.build.focus`
=============  =====================================================================

:mod:`kg.build.stages` times each stage and holds the memory budget. Nothing is imported here,
so a module that needs one stage does not load the others.
"""
