# The board pack's words in English: the catalog every other language is complete against.
pack_contents = Contents
pack_page_of = Page { $page } of { $pages }
