"""Renderers: explanations as text (:mod:`.text`) and HTML (:mod:`.html`) in five locales (:mod:`.i18n`:
gettext catalogs and Babel), a formula outline (:mod:`.formula`), and reading the JSON form back
(:mod:`.codec`). Nothing here is imported by ``import penalties``; Babel loads on first use."""
