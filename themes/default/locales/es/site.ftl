# Los textos del sitio en español (completos respecto a locales/en/site.ftl).

## 404.html
not_found_title = Página no encontrada
not_found_lede = Esta página no forma parte del manual. Puede que se haya renombrado o eliminado del plan.
not_found_home = Ir al panel
search = Buscar
