# Die Texte des Board-Packs auf Deutsch.
pack_contents = Inhalt
pack_page_of = Seite { $page } von { $pages }
