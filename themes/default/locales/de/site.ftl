# Die Texte der Website auf Deutsch (vollständig gegenüber locales/en/site.ftl).

## 404.html
not_found_title = Seite nicht gefunden
not_found_lede = Diese Seite gehört nicht zum Handbuch. Vielleicht wurde sie umbenannt oder aus dem Plan entfernt.
not_found_home = Zum Dashboard
search = Suche
