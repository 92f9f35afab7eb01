# Les textes du dossier du conseil en français.
pack_contents = Sommaire
pack_page_of = Page { $page } sur { $pages }
