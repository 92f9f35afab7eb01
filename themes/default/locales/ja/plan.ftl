# プランのページの文言（日本語）。locales/en/plan.ftl のすべてのメッセージを備える。

## thesis.html
thesis_eyebrow = 戦略
thesis_title = パートナーシップの戦略仮説
thesis_forecast_title = 計画どおりに進んでいますか？
thesis_economics_link = プログラムの収益性
thesis_rationale_title = パートナーシップに取り組む理由
thesis_models_title = 優先モデル
thesis_model_objectives = 目標：
thesis_partner_types = パートナーの種類
thesis_icps = 理想的な顧客像
thesis_markets = 市場
thesis_context = 背景

## models.html
models_eyebrow = 戦略
models_title = パートナーシップモデル
models_lede = プログラムで採用するモデル、各モデルの収益の仕組み、そのモデルで協業するパートナーです。優先モデルは戦略仮説で先頭に示します。
models_priority = 優先度 { $rank }
models_definition = 定義
models_best_for = 適したケース
models_revenue_mechanism = 収益の仕組み
models_term_ranges = 条件の範囲
models_because = 優先する理由
models_partner_count = パートナー { $n } 社
models_more = ほか { $n } 社

## landscape.html
landscape_eyebrow = パートナー
landscape_title = パートナー構成
landscape_lede = { $total } 社のパートナーを戦略的価値で分類しています。魅力度は常に計算で求め、5つの要素の評価にそれぞれの重みを掛けた値です。
landscape_distribution_title = スコア分布
landscape_group_count = { $n } 社
landscape_category_more = ほか { $n } 社はスコアカードに掲載
landscape_group_empty = この区分にはパートナーがいません。
landscape_scorecard_title = 順位別スコアカード
landscape_scorecard_sort_hint = 列をクリックすると並べ替えられます
landscape_col_partner = パートナー
landscape_col_landscape = パートナー構成
landscape_col_landscape_short = 区分
landscape_col_category = カテゴリー
landscape_col_tier = ティア
landscape_col_target = 目標ティア
landscape_col_score = スコア
landscape_col_band = スコア帯
landscape_col_pipeline = パイプライン
landscape_col_status = ステータス

## near_line.html
near_line_eyebrow = 分析
near_line_title = 境界付近
near_line_lede = スコア帯のしきい値から { $points } ポイント以内にあるパートナーと、いずれか1つの重みを ±{ $step } ポイント動かすと（ほかの重みは合計100になるよう再調整）スコア帯が変わるパートナーです。
near_line_near_title = しきい値から { $points } ポイント以内
near_line_col_partner = パートナー
near_line_col_score = スコア
near_line_col_threshold = しきい値
near_line_col_distance = 差
near_line_col_band = スコア帯
near_line_near_shown = しきい値付近のパートナー { $total } 社のうち、最も近い { $shown } 社を表示しています。
near_line_near_empty = しきい値から { $points } ポイント以内のパートナーはいません。
near_line_sensitivity_title = 重みの感度
near_line_col_if = 条件
near_line_col_band_now = 現在のスコア帯
near_line_col_would_become = 変更後のスコア帯
near_line_col_new_score = 変更後のスコア
near_line_sensitive_shown = スコア帯の変化 { $total } 件のうち、順位の高いパートナーから { $shown } 件を表示しています。
near_line_sensitive_empty = 重みを { $step } ポイント動かしても、スコア帯が変わるパートナーはいません。

## okrs.html
okrs_eyebrow = 実行
okrs_title = 目標と主要成果
okrs_lede = 各主要成果の進捗は、基準値から目標値までの達成度で示します。どのロードマップ項目にも推進されていない主要成果には印を付けています。
okrs_serves = 関連モデル：
okrs_kr_from = 基準値 { $value }
okrs_kr_now = 現在
okrs_kr_target = 目標
okrs_kr_due = 期限 { $date }
okrs_kr_roadmap = ロードマップ：
okrs_kr_orphan_title = この主要成果を推進するロードマップ項目はありません
okrs_kr_orphan = ロードマップ項目なし

## roadmap.html
roadmap_eyebrow = 実行
roadmap_title = パートナーシップ・ロードマップ { $year }
roadmap_partners = パートナー
roadmap_key_results = 主要成果
roadmap_decisions = 意思決定
roadmap_owner = 担当：{ $owner }
roadmap_quarter_empty = 予定はありません。
roadmap_later_title = { $year } 年以降
roadmap_later_empty = まだ予定はありません。

## decisions.html
decisions_eyebrow = 実行
decisions_title = 意思決定ログ
decisions_lede = 自社開発・提携・買収に関するすべての意思決定を、意思決定マトリクスに照らして確認しています。レビューは四半期ごとに行います。
decisions_col_id = ID
decisions_col_decision = 意思決定
decisions_col_outcome = 判断結果
decisions_col_status = ステータス
decisions_col_partner_considered = 検討したパートナー
decisions_col_decided = 決定日
decisions_col_review = レビュー
decisions_col_matrix = マトリクス
decisions_overdue = 期限超過

## decision.html
decision_eyebrow = 意思決定 { $code }
decision_review_late = レビュー { $late }
decision_rationale = 根拠
decision_matrix = 意思決定マトリクス
decision_override = マトリクスと異なる判断
decision_joint_venture = 新しい地域や業種に現地パートナーと参入する場合は、収益規模に見合えば合弁事業を検討してください。
decision_branch_applies = 該当
decision_branch_not_applies = 非該当
decision_condition_met = （はい）
decision_condition_unmet = （いいえ）
decision_details = 詳細
decision_outcome = 判断結果
decision_partner_considered = 検討したパートナー
decision_acquisition_target = 買収候補
decision_decided = 決定日
decision_review_date = レビュー日
decision_supersedes = 置き換え対象
decision_superseded_by = 後継の意思決定
decision_roadmap_items = ロードマップ項目
decision_item_due = 期限 { $date }
decision_no_roadmap_items = どのロードマップ項目にも含まれていません。

## governance.html
governance_eyebrow = 実行
governance_title = ガバナンス
governance_lede = パートナープログラムで誰が何を決めるか、また各戦略パートナーのエグゼクティブスポンサーを示します。
governance_raci_title = 意思決定権限（RACI）
governance_col_decision = 意思決定
governance_raci_responsible = 実行責任者
governance_raci_accountable = 説明責任者
governance_raci_consulted = 協議先
governance_raci_informed = 報告先
governance_sponsors_title = エグゼクティブスポンサー
governance_col_partner = パートナー
governance_col_tier = ティア
governance_col_partner_executive = パートナー側の責任者
governance_col_our_counterpart = 当社の担当者
governance_col_cadence = 定例の頻度
governance_missing_sponsor = スポンサー不在の Platinum パートナー

## reviews.html
reviews_eyebrow = 分析
reviews_title = 期限超過のレビュー
reviews_lede = { $today } 時点で期限を過ぎている意思決定レビュー、QBR、ティアレビューです。
reviews_col_review = レビュー
reviews_col_item = 対象
reviews_col_tier = ティア
reviews_col_was_due = 期限
reviews_col_late_by = 超過
reviews_empty = 期限を過ぎたものはありません。

## validation.html
validation_eyebrow = 分析
validation_title = 検証
validation_lede = { $files } 件のファイルをプログラムのルールで確認しました。エラー { $errors } 件、警告 { $warnings } 件です。
validation_lede_explain_before = 各ルールの確認内容は
validation_lede_explain_after = で表示できます。
validation_col_severity = 重大度
validation_col_where = 場所
validation_col_rule = ルール
validation_col_finding = 指摘内容
validation_all_pass = すべてのルールに適合
validation_all_pass_text = プランにエラーも警告もありません。

## handbook_section.html
handbook_section_eyebrow = ハンドブック
handbook_section_pages = ページ
handbook_section_sections = セクション

## handbook_page.html
handbook_page_eyebrow = ハンドブック
handbook_page_pager_label = 前後のページ
handbook_page_previous = 前へ
handbook_page_next = 次へ
handbook_page_toc = このページの内容
