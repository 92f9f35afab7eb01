# サイトの文言（日本語）。locales/en/site.ftl のすべてのメッセージを備える。

## 404.html
not_found_title = ページが見つかりません
not_found_lede = このページはハンドブックにありません。名前が変わったか、プランから削除された可能性があります。
not_found_home = ダッシュボードへ
search = 検索
