# ページの枠組み、ダッシュボード、パートナーページ、検索、変更点、共通パーツの文言（日本語）。
# locales/en/home.ftl のすべてのメッセージを備える。日本語に複数形はない（*[other] のみ）。

## base.html
base_skip = 本文へスキップ
base_open_nav = ナビゲーションを開く
base_search_placeholder = パートナー、意思決定、ハンドブックを検索…
base_search_label = ハンドブックを検索
base_search_results = 検索結果
base_board_pack = 取締役会資料
base_nav_label = ハンドブック
base_breadcrumb = パンくずリスト
base_home = ホーム
base_footer_generated = partnerbook によりプランから生成
base_footer_reviews = レビュー基準日：{ $date }

## home.html
home_eyebrow = パートナープログラム
home_title = パートナーシップ・ダッシュボード
home_board_summary = 取締役会サマリー
home_board_meeting = { $meeting } 開催
home_board_pack_pdf = 取締役会資料（PDF）
home_board_caption = { $year } 年度計画に対する実績
home_board_measure = 指標
home_board_actual = 実績
home_board_plan = 計画
home_board_variance = 差異
home_board_since = { $since } 比
home_board_status = ステータス
home_for_decision = 決議事項
home_no_asks = 今回の会議ではありません。
home_risks = リスク
home_risk_owner = 担当：{ $owner }
home_more_risks = { $n ->
   *[other] ほか { $n } 件は取締役会資料のリスク登録簿に記載しています。
}
home_no_risks = 今回の会議で報告するリスクはありません。
home_thesis = パートナーシップの戦略仮説
home_thesis_more = 根拠・モデル・背景
home_kpis = 主要指標
home_north_star = ノーススター指標
home_kpi_since = { $since } 比
home_forecast_title = 戦略仮説に対する見通し
home_economics_link = プログラムの収益性
home_attention = 要対応
home_partners_by_tier = ティア別パートナー
home_score_distribution = スコア分布
home_top_title = スコア上位
home_all_partners = パートナー全 { $n } 社
home_top_partner = パートナー
home_top_score = スコア
home_top_band = スコア帯
home_top_tier = ティア
home_validation = 検証
home_full_report = レポート全文
home_all_rules_pass = 全ルール適合
home_no_findings = プランにエラーや警告はありません。
home_errors = { $n ->
   *[other] エラー { $n } 件
}
home_warnings = { $n ->
   *[other] 警告 { $n } 件
}
home_more_diagnostics = { $n ->
   *[other] ほか { $n } 件はレポート全文に記載
}

## partner.html
partner_eyebrow = パートナー
partner_rank = { $of } 社中 { $rank } 位
partner_not_ranked = 離脱済み・順位なし
partner_score_breakdown = スコアの内訳
partner_factor = 評価要素
partner_weight = 重み
partner_rating = 評価
partner_points = 得点
partner_attractiveness_score = 魅力度スコア
partner_sensitive = 重みの変更に敏感
partner_near_line_link = 境界付近の分析
partner_tier_fit = ティア適合性
partner_current_tier = 現在のティア
partner_plan_supports = プラン上の適正ティア
partner_criterion = 基準
partner_col_partner = パートナー
partner_supports = 適合ティア
partner_recommend_promotion = 昇格を推奨
partner_recommend_demotion = 降格を推奨
partner_recommend_to = →
partner_next_tier = 次のティアまでの距離
partner_next_tier_is = 次のティア
partner_requirement = 要件
partner_next_needs = 次のティアの要件
partner_missing = 不足分
partner_req_status = 状態
partner_qbr_pack = QBR資料（PDF）
partner_commitments = コミットメント
partner_commitment = コミットメント
partner_tier_requires = ティア要件
partner_met = 達成
partner_not_met = 未達
partner_competitors_holding = { $name } と提携している競合
partner_via = 提携形態：
partner_exclusive = 独占
partner_not_exclusive = 非独占
partner_no_competitor = このパートナーと提携している競合はありません。
partner_alternatives = 近い代替候補：
partner_history = 履歴
partner_history_link = プログラムの履歴
partner_snapshot = スナップショット
partner_score = スコア
partner_band = スコア帯
partner_tier = ティア
partner_pipeline = パイプライン
partner_arr = ARR
partner_notes = メモ
partner_profile = プロフィール
partner_executive_sponsor = エグゼクティブスポンサー
partner_partner_executive = パートナー側責任者
partner_our_counterpart = 当社側担当者
partner_cadence = 実施頻度
partner_sponsor_map = スポンサーマップ
partner_sponsor_required = プラチナパートナーにはエグゼクティブスポンサーが必要です。
partner_no_sponsor = エグゼクティブスポンサーは未設定です。
partner_decisions = 意思決定
partner_no_decision = このパートナーに関する意思決定はありません。
partner_roadmap_items = ロードマップ項目
partner_due = 期限：{ $due }
partner_no_roadmap = どのロードマップ項目にも含まれていません。
partner_overdue = 期限超過

## search.html
search_eyebrow = 検索
search_title = ハンドブックを検索
search_lede = パートナー、意思決定、競合、ハンドブックの各ページを検索できます。
search_placeholder = キーワードを入力…
search_input_label = 検索
search_needs_js = 検索には JavaScript が必要です。

## changes.html
changes_eyebrow = 分析
changes_title = { $since } 以降の変更
changes_lede = { $since } 以降に変化したパートナー、スコア、ティア、意思決定、OKR、ロードマップ、ガバナンス、ルール検出結果を、ビジネスの観点でまとめています。
changes_none = { $since } 以降、プランに変更はありません。

## macros.html
macros_linked_from = リンク元

## partials/forecast.html
forecast_forecast = 見通し
forecast_target_path = 目標ライン
forecast_caption = パートナー経由 ARR の目標ラインと見通し
forecast_year = 年度

## partials/scorecard_rows.html
scorecard_rows_exited = 離脱
home_ask_recommendation = { $recommendation }。{ $matrix }。
partner_band_note = { $note }。
