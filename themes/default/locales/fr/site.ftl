# Les textes du site en français (complets par rapport à locales/en/site.ftl).

## 404.html
not_found_title = Page introuvable
not_found_lede = Cette page ne fait pas partie du manuel. Elle a peut-être été renommée ou retirée du plan.
not_found_home = Aller au tableau de bord
search = Rechercher
