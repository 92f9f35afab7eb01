# Los textos del dosier del consejo en español.
pack_contents = Índice
pack_page_of = Página { $page } de { $pages }
