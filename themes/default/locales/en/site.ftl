# The site's words in English: the catalog every other language is complete against.
# A message without arguments is read by templates as `msg.<id>`; ids use underscores.

## 404.html
not_found_title = Page not found
not_found_lede = This page is not part of the handbook. It may have been renamed or removed from the
    plan.
not_found_home = Go to the dashboard
search = Search
