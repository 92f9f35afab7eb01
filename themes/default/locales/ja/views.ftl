# サイトの Rust コードが書くテキスト（ページタイトル、ナビゲーション、チップ、文、
# グラフのラベル）の日本語版。locales/en/views.ftl のすべてのメッセージ。

## サイトとナビゲーション
v_site_title = { $company } パートナーハンドブック
v_handbook = ハンドブック
v_nav_overview = 概要
v_nav_strategy = 戦略
v_nav_dashboard = ダッシュボード
v_nav_thesis = 戦略仮説
v_nav_models = モデル
v_nav_economics = 収益性
v_nav_history = 推移
v_nav_partners = パートナー
v_nav_landscape = パートナー構成
v_nav_competitors = 競合
v_nav_tiers = ティア
v_nav_execution = 実行
v_nav_decisions = 意思決定
v_nav_okrs = OKR
v_nav_roadmap = ロードマップ
v_nav_governance = ガバナンス
v_nav_analyses = 分析
v_nav_near_line = 境界付近
v_nav_traceability = トレーサビリティ
v_nav_reviews = 期限切れのレビュー
v_nav_validation = 検証
v_nav_changes = 変更点
v_nav_all_pages = 全 { $n } ページ →
v_title_search = 検索
v_title_not_found = ページが見つかりません

## 共通の語
v_yes = はい
v_no = いいえ
v_join = { $first }、{ $last }
v_join_sep = 、
v_n_of_m = { $m } 件中 { $n } 件
v_n_of_m_done = { $m } 件中 { $n } 件完了
v_label_count = { $label }: { $n }
v_partners_by_tier = ティア別パートナー数
v_roadmap_year = ロードマップ { $year }
v_factor_icp = ICP 顧客の重なり
v_factor_influence = 市場への影響力
v_factor_practice = プラクティスの適合度
v_factor_appetite = パートナーシップ意欲
v_factor_revenue = 収益ポテンシャル
v_factor_weight = ウェイト
v_weight_move = { $factor }のウェイト { $change }

## ダッシュボード
v_kpi_north_star_detail = { $years } 年以内に { $target }（ARR { $arr } の { $share }）を目標
v_kpi_no_target = 目標未設定
v_kpi_share = ARR に占めるパートナー比率
v_kpi_share_detail = 現在の ARR { $arr } に対する比率、目標 { $target }
v_kpi_pipeline = パートナーパイプライン
v_kpi_pipeline_detail = 年間、稼働中または獲得中のパートナー { $n } 社から
v_kpi_pipeline_detail_target = 年間、稼働中または獲得中のパートナー { $n } 社から、目標 { $target }
v_kpi_priority = 契約済みの優先パートナー
v_kpi_priority_detail = ゴールドまたはプラチナの優先バンドのパートナー
v_kpi_roi = プログラム ROI
v_kpi_roi_detail = コスト { $cost } に対しリターン { $return }
v_kpi_on_track = { $year } 年の達成見込み
v_kpi_on_track_detail = 今年の必要額 { $required } に対し見通し { $forecast }
v_kpi_okrs = OKR の進捗
v_kpi_okrs_detail = 測定済みの主要成果 { $n } 件の平均
v_kpi_roadmap_detail = 要注意 { $at_risk } 件、進行中 { $in_progress } 件
v_bar_progress_to_target = 目標に対する進捗
v_bar_share_against_target = 目標に対する比率
v_bar_pipeline_against_target = 目標に対するパイプライン
v_bar_signed_share = 契約済みの比率
v_bar_okr_progress = 主要成果の平均進捗
v_bar_items_done = 完了した項目
v_attention_tier_changes = ティア変更（昇格 { $up } 件、降格 { $down } 件）
v_attention_near_line = バンドの境界付近にあるパートナー
v_attention_at_risk = 要注意のロードマップ項目
v_attention_untraced = ロードマップや OKR に未紐付け

## グラフ
v_chart_composition = スコア { $score }／100: { $factors }。準優先は { $secondary } 以上、優先は { $priority } 以上
v_chart_factor_points = { $factor } { $points } ポイント
v_chart_factor_points_title = { $factor }: { $points } ポイント
v_chart_distribution = パートナー { $n } 社のスコア（5 ポイント刻み）。準優先は { $secondary } 以上、優先は { $priority } 以上
v_chart_distribution_bins = パートナー { $n } 社のスコア（5 ポイント刻み）: { $bins }。準優先は { $secondary } 以上、優先は { $priority } 以上
v_chart_partners = { $n } 社
v_chart_rating = 評価 { $rating }／100
v_chart_target_point = { $label }: 目標パス { $value }
v_chart_forecast_point = { $label }: 見通し { $value }
v_chart_forecast_value = 見通し { $value }
v_chart_path = 目標パス: { $path }
v_chart_path_forecast = 目標パス: { $path }。見通し: { $forecast }

## ページタイトルと説明
v_title_thesis = パートナーシップの戦略仮説
v_desc_thesis = { $company } がなぜ、誰と提携し、それをどう測るか
v_title_models = パートナーシップモデル
v_desc_models = プログラムのパートナーシップモデル、その収益性と利用しているパートナー
v_title_economics = プログラムの収益性
v_desc_economics = パートナープログラムのコストとリターン、戦略仮説に対する見通し
v_title_landscape = パートナー構成
v_desc_landscape = 構成区分別の全パートナーとスコアの順位表
v_title_competitors = 競合と対抗戦略
v_desc_competitors = 競合が押さえているパートナーと、優先して獲得すべき先
v_title_tiers = ティア体系
v_desc_tiers = ティアごとの要件・特典・コミットメントとティアのレビュー
v_title_decisions = 意思決定ログ
v_desc_decisions = 自社開発・提携・買収の意思決定とその根拠
v_desc_decision = 「{ $kind }」の意思決定: { $title }
v_title_okrs = 目標と主要成果
v_desc_okrs = パートナーシップの OKR と目標に対する進捗
v_desc_roadmap = 四半期ごとのパートナーシップロードマップと翌年以降
v_desc_governance = 意思決定権限（RACI）とエグゼクティブスポンサー
v_desc_near_line = バンドの境界付近にあるパートナーと、ウェイトに対するバンドの感度
v_desc_traceability = 戦略仮説のモデルから OKR、ロードマップ項目、パートナー、意思決定まで
v_desc_reviews = 期日を過ぎた意思決定レビュー、QBR、ティアレビュー
v_title_changes = { $since } 以降の変更点
v_desc_changes = 計画の変更点をビジネスの言葉で
v_desc_validation = ルールが計画で検出した内容
v_desc_history = スナップショットごとのパートナープログラムの推移

## 検索インデックス
v_search_kind_page = ページ
v_search_kind_partner = パートナー
v_search_kind_decision = 意思決定
v_search_kind_competitor = 競合
v_search_kind_handbook = ハンドブック
v_search_home = 戦略仮説、ノーススター、KPI、検証
v_search_thesis = なぜ、誰と提携し、それをどう測るか
v_search_models = 紹介、再販、共同販売、導入、OEM、合弁、技術提携
v_search_economics = プログラムコスト、リターン、ROI、CAC、内訳、戦略仮説に対する見通し
v_search_landscape_title = パートナー構成とスコアカード
v_search_landscape = 構成区分 A/B/C とスコアの順位表
v_search_competitors = 競合のパートナーマップ
v_search_tiers_title = ティア体系とティアのレビュー
v_search_tiers = プラチナ、ゴールド、シルバー、登録。昇格と降格
v_search_decisions = 自社開発・提携・買収の意思決定
v_search_okrs = 目標と主要成果、その進捗
v_search_governance = RACI マトリクスとエグゼクティブスポンサー
v_search_near_line = バンドの境界付近にあるパートナー
v_search_traceability = 戦略仮説のモデルから OKR、ロードマップ、パートナー、意思決定まで
v_search_reviews = 期限切れの意思決定レビュー、QBR、ティアレビュー
v_search_partner = { $tier } · { $category } · スコア { $score } · { $landscape }
v_search_section = ハンドブックのセクション（{ $n } ページ）

## 分析
v_days = { $n } 日
v_overdue_decision_review = 意思決定レビュー
v_overdue_qbr = QBR
v_overdue_tier_review = ティアレビュー
v_trace_plain_kr = { $text }（プレーンテキストで記述されています。id を付け、ロードマップ項目の key_results に記載してください）

## 意思決定
v_matrix_supported = 支持
v_matrix_override = 例外判断
v_matrix_not_supported = 不支持
v_cond_core = 自社製品の差別化の中核である
v_cond_capacity = エンジニアリングのリソースがある
v_cond_adjacent = 自社製品に隣接し、補完的である
v_cond_not_core = 差別化の中核ではない
v_cond_strong_partner = 有力なパートナーが自社の ICP を担っている
v_cond_economics = パートナーの収益性がプラスである
v_cond_critical = 市場での地位に不可欠である
v_cond_build_months = 自社開発に 18 か月超かかる（{ $n } か月）
v_cond_target = 予算内の買収候補がある
v_cond_new_market = 新たな地域や業種への参入である
v_cond_local_presence = パートナーが人脈と現地での拠点を持つ
v_branch_jv = { $kind }（合弁を検討）
v_overdue_by = { $n } 日超過
v_verdict_supports = マトリクスは「{ $kind }」を支持しています。
v_verdict_none = この基準ではマトリクスはどの選択肢も支持していません。宣言されているのは「{ $kind }」です。
v_verdict_other = マトリクスが支持するのは「{ $supported }」で、宣言された「{ $kind }」ではありません。
v_or_sep = または

## 収益性
v_fig_roi = ROI
v_fig_roi_detail = （リターン − プログラムコスト）÷ プログラムコスト
v_fig_program_cost = プログラムコスト
v_fig_program_cost_detail = コスト項目 + MDF + パートナーへの支払い（年間）
v_fig_return = リターン
v_fig_return_detail = パートナー経由 ARR { $arr } × 粗利率 { $margin }
v_fig_partner_cac = パートナー CAC
v_fig_arr_source = パートナー { $n } 社の arr の合計
v_fig_partner_arr = パートナー経由 ARR
v_fig_gross_margin = 粗利率
v_fig_win_rate = 成約率
v_fig_win_rate_detail = program.win_rate: 12 か月以内に成約が見込まれるパイプラインの割合
v_fig_direct_cac = 直販 CAC
v_fig_new_customers = パートナー経由の新規顧客
v_fig_new_customers_detail = パートナーの new_customers の合計（直近 12 か月）
v_not_given = 未記入
v_not_computable = 算出不可
v_cost_mdf = マーケティング開発資金（MDF）
v_cost_payouts = パートナーへの支払い（紹介料、再販マージン）
v_slice_no_model = モデルなし
v_slice_not_given = 未記入
v_by_tier = ティア別
v_by_tier_pipeline = ティア別パイプライン
v_by_tier_arr = ティア別パートナー経由 ARR
v_by_landscape = 構成区分別
v_by_landscape_pipeline = 構成区分別パイプライン
v_by_landscape_arr = 構成区分別パートナー経由 ARR
v_by_model = モデル別（最初に記載のもの）
v_by_model_pipeline = モデル別パイプライン（最初に記載のもの）
v_by_model_arr = モデル別パートナー経由 ARR（最初に記載のもの）
v_by_geography = 地域別（最初に記載のもの）
v_by_geography_pipeline = 地域別パイプライン（最初に記載のもの）
v_by_geography_arr = 地域別パートナー経由 ARR（最初に記載のもの）

## 推移
v_hist_arr_title = 戦略仮説のパスに対するパートナー経由 ARR
v_hist_required = 今年の必要額（戦略仮説のパス）
v_hist_pipeline = パイプライン
v_hist_okrs_title = OKR の平均進捗
v_hist_score_title = スナップショットごとのスコア
v_hist_score = スコア
v_hist_not_in_plan = 計画に含まれていません

## パートナー構成
v_band_from = スコア { $score } 以上
v_band_below = { $score } 未満
v_factor_short_icp = ICP
v_factor_short_influence = 影響力
v_factor_short_practice = プラクティス
v_factor_short_appetite = 意欲
v_factor_short_revenue = 収益
v_factor_head = { $factor }（ウェイト { $weight }）
v_land_a_title = 戦略パートナー
v_land_a_target = プラチナを目標
v_land_b_title = 成長パートナー
v_land_b_target = ゴールドを目標
v_land_c_title = ロングテールと登録パートナー
v_land_c_target = シルバーまたは登録

## OKR とロードマップ
v_bar_objective_progress = 目標の進捗
v_bar_kr_progress = 主要成果の進捗
v_kr_not_measured = 未測定
v_kr_achieved = ✓ 達成
v_quarter_status = { $quarter } の項目ステータス
v_quarter_summary = { $n } 項目中 { $done } 項目完了

## パートナーページ
v_crumb_landscape = パートナー構成 { $landscape }
v_chip_locked = 競合に囲い込まれている
v_chip_inbound = インバウンド
v_note_above_priority = 優先ライン（{ $line }）を { $points } ポイント上回る
v_note_below_priority = 優先ライン（{ $line }）を { $points } ポイント下回る
v_note_above_secondary = 準優先ライン（{ $line }）を { $points } ポイント上回る
v_note_below_secondary = 準優先ライン（{ $line }）を { $points } ポイント下回る
v_sensitivity = { $change }: { $from }から{ $to }に移る（{ $score }）
v_fact_category = カテゴリー
v_fact_practice = プラクティス
v_fact_geography = 地域
v_fact_models = モデル
v_none = なし
v_fact_current_tier = 現在のティア
v_fact_target_tier = 目標ティア
v_fact_pipeline = 年間パイプライン
v_fact_certified = 認定取得者数
v_fact_dedicated_practice = 専任のプラクティス
v_fact_mdf = 年間 MDF
v_fact_pam = 当社の PAM
v_fact_terms = 取引条件
v_fact_last_qbr = 前回の QBR
v_fact_last_tier_review = 前回のティアレビュー
v_counter_locked = { $competitors }に囲い込まれています。対抗するメッセージを用意し、近接するパートナーにアプローチしてください。
v_counter_available = 獲得可能: このパートナーを押さえている競合はありません。最優先で獲得してください。
v_counter_contested = 手薄: 競合 { $n } 社が独占契約なしで関係を持っています。次に獲得してください。
v_role_considered = 検討対象のパートナー
v_role_mentioned = 根拠の中で言及
v_overdue_line = { $kind }の期日は{ $date }（{ $n } 日超過）

## ティア適合、コミットメント、ティア
v_fit_not_recorded = 未記録
v_fit_commitments = コミットメント
v_fit_commitments_value = 計画: { $plan }、GTM 活動 { $n } 件
v_req_yes = あり
v_req_signed = 締結済み
v_commit_jbp = 共同事業計画
v_commit_qbr = 四半期ビジネスレビュー
v_commit_gtm = 年間の共同 GTM 活動
v_commit_pam = パートナー側の PAM の指名
v_req_gtm = 共同 GTM 活動
v_req_gtm_value = 年 { $n } 件以上
v_req_cadence = レビューの頻度
v_req_deal_registration = 案件登録
v_req_deal_registration_value = { $n } 営業日以内
v_req_pam = PAM あたりのパートナー数
v_req_pam_value = 最大 { $n } 社

## 戦略仮説
v_rationale_market_velocity_gap = 市場展開スピードの課題
v_rationale_credibility_gap = 信頼性の課題
v_rationale_delivery_gap = 導入・提供力の課題
v_rationale_geographic_gap = 地理的カバレッジの課題
v_rationale_cost_efficiency = コスト効率
v_rationale_competitive_pressure = 競争圧力

## サイトのスクリプト
v_js_no_results_for = 「%q」に一致する結果はありません
v_js_loading = 読み込み中…
v_js_all_results = すべての結果 →
v_js_no_results = 結果はありません。
v_js_scrolls = 表（横にスクロールできます）
v_js_anchor = このセクションへのリンク
