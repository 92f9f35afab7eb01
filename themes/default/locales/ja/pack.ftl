# 取締役会資料の文言（日本語）。
pack_contents = 目次
pack_page_of = { $page } / { $pages } ページ
