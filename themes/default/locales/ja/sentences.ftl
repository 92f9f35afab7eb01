# Rust のコードがサイトと取締役会資料のために書く文とラベル。

## 列挙
s_list_and_pair = {$a}と{$b}
s_list_and_middle = {$a}、{$b}
s_list_and_end = {$a}、{$b}
s_list_or = {$a}または{$b}
s_reason_sep = {"、"}
s_sentence_sep = {""}

## 取締役会向けサマリーの要旨
s_headline = {$lead}。スコアカード：{$rest}。{$asks}。
s_headline_plan_not_set = 計画未設定
s_headline_above = {$verdict}：{$year}年のパートナー経由ARRの見通しは{$actual}で、今年の計画{$plan}を{$diff}上回る
s_headline_behind = {$verdict}：{$year}年のパートナー経由ARRの見通しは{$actual}で、今年の計画{$plan}を{$diff}下回る
s_headline_behind_closing = {$verdict}：{$year}年のパートナー経由ARRの見通しは{$actual}で、今年の計画{$plan}を{$diff}下回る（稼働中パートナーのパイプラインがあと{$pipeline}あれば差を埋められる）
s_headline_no_forecast = 今年のパートナー経由ARR計画を算出できません（見通しには戦略仮説の目標、成約率、パートナー経由ARRが必要です）
s_headline_all_on_plan = その他の指標はすべて計画どおり
s_headline_off_track = {$off}件の指標が遅延
s_headline_at_risk = {$risk}件の指標が要注意
s_headline_off_and_at_risk = {$off}件の指標が遅延、{$risk}件が要注意
s_headline_no_ask = 決議事項はありません
s_headline_asks_decisions = 取締役会に{$decisions}件の意思決定を求めます
s_headline_asks_moves = 取締役会に{$moves}件のティア変更の承認を求めます
s_headline_asks_both = 取締役会に{$decisions}件の意思決定と{$moves}件のティア変更の承認を求めます

## スコアカード
s_measure_arr = パートナー経由ARR（{$year}年見通し）
s_measure_pipeline = パートナーパイプライン
s_measure_share_forecast = ARRに占めるパートナー比率（{$year}年見通し）
s_measure_share = ARRに占めるパートナー比率
s_measure_roi = プログラムROI
s_measure_platinum = プラチナパートナー契約数
s_measure_okrs = OKRの平均進捗
s_measure_roadmap = 完了したロードマップ項目
s_basis_share_path = 見通しと計画 ÷ 目標への直線経路上の全社ARR
s_basis_arr_path = 見通し = 現在のARR + 成約率 × パイプライン；計画 = {$year}年までに{$target}へ至る経路
s_basis_thesis_path = 戦略仮説の経路
s_basis_key_result = 主要成果：{$text}
s_basis_coverage = 成約率で今年のARR計画を達成するのに必要なパイプライン
s_basis_break_even = 計画：少なくともプログラムコストを回収
s_basis_year_end = 測定対象の主要成果すべてを年末までに目標達成
s_basis_roadmap = 計画 = 会議までに期限を迎える項目
s_basis_roadmap_at_risk = 計画 = 会議までに期限を迎える項目；{$n}件が要注意
s_points = {$n}ポイント
s_line_of = {$total}件中{$actual}件
s_no_plan = 計画なし
s_plan_break_even = ≥ {$zero}（損益分岐）
s_plan_due_by = 現時点 {$expected} · {$date}までに{$full}
s_plan_due_year_end = 現時点 {$expected} · 年末までに{$full}

## 取締役会への付議事項
s_matrix_build = 自社開発
s_matrix_partner = 提携
s_matrix_acquire = 買収
s_ask_tier_title = ティアレビュー：{$from} → {$to}
s_ask_promote = {$tier}へ昇格
s_ask_move_down = {$tier}へ降格
s_ask_tier_supports = ティア体系の基準を満たす
s_ask_matrix_supports = マトリクスは「{$kind}」を支持
s_ask_matrix_none = マトリクスはどの選択肢も支持していません：基準の見直しが必要
s_ask_matrix_points = マトリクスはむしろ{$kinds}を示しています
s_ask_approve = 承認：{$kind}
s_ask_approve_with = 承認：{$partner}との{$kind}

## リスク
s_days = {$n}日
s_months = {$n}か月
s_risk_roadmap_overdue = Q{$quarter}のロードマップ項目「{$item}」が{$late}遅延
s_risk_roadmap_at_risk = Q{$quarter}のロードマップ項目「{$item}」が要注意
s_risk_okr_behind = 主要成果「{$kr}」の進捗は{$progress}で、現時点の想定{$expected}を下回っています
s_risk_a_competitor = 競合
s_risk_locked = {$partner}（優先ターゲット、スコア{$score}）は{$competitor}の専属です：代わりに隣接パートナーにアプローチ
s_risk_below_tier_certified = {$partner}は{$tier}の要件を満たしていません：認定者があと{$n}名必要
s_risk_below_tier_commitments = {$partner}は{$tier}の要件を満たしていません：ティアのコミットメントが必要
s_risk_below_tier_both = {$partner}は{$tier}の要件を満たしていません：認定者あと{$n}名とティアのコミットメントが必要
s_risk_pam_overloaded = パートナーマネージャー{$pam}は{$tier}パートナーを{$n}社担当しており、ティアが約束する{$max}社を超えています
s_risk_decision_review = {$id}「{$title}」はレビュー期日を{$late}過ぎています
s_owner_not_named = 未指定
s_severity_high = 高
s_severity_medium = 中
s_severity_low = 低

## 表紙

## 収益性
s_gap_not_given = 未入力
s_gap_not_computable = 算出不可
s_gap_write_plan = plan.yamlに{$field}を記入
s_gap_write_partners = パートナーファイルに{$field}を記入
s_gap_zero_program_cost = プログラムコストが0です
s_gap_zero_new_customers = パートナーの新規顧客数が0です
s_gap_zero = {$what}が0です
s_gap_describe = {$label}（{$reason}）
s_path_now = 現在
s_path_end_of = {$year}年末
s_verdict_reaches = {$verdict}：{$year}年のパートナー経由ARRの見通し{$forecast}は、今年必要な{$required}に達しています。
s_verdict_reaches_path = {$verdict}：{$year}年のパートナー経由ARRの見通し{$forecast}は、今年必要な{$required}（{$target_year}年末に戦略仮説の目標{$target}へ至る経路上）に達しています。
s_verdict_short = {$verdict}：{$year}年のパートナー経由ARRの見通し{$forecast}は、今年必要な{$required}に{$shortfall}届きません。
s_verdict_short_path = {$verdict}：{$year}年のパートナー経由ARRの見通し{$forecast}は、今年必要な{$required}（{$target_year}年末に戦略仮説の目標{$target}へ至る経路上）に{$shortfall}届きません。
s_verdict_none = 見通しを算出できません：{$gap}。
s_forecast_basis = 現在の{$now} + パイプライン{$pipeline}の{$win}
s_roi_sentence = プログラムはパートナー経由ARRから{$returns}の粗利益を生み、コストは{$cost}：ROIは{$roi}です。
s_roi_none = ROIを算出できません：{$gap}。
s_cac_below = パートナー経由の顧客1社あたり{$cac}（直販の{$direct}を下回る）
s_cac_above = パートナー経由の顧客1社あたり{$cac}（直販の{$direct}を上回る）
s_cac_no_direct = パートナー経由の顧客1社あたり{$cac}；直販CACは{$gap}
s_cac_none = パートナーCACは{$gap}

## ティア適合
s_range_none = 目標なし
s_range_at_least = {$min}以上
s_range_below = {$max}未満
s_range_exactly = {$min}ちょうど
s_range_between = {$min}以上{$max}未満
s_tier_reason_pipeline = パイプライン{$amount}は{$tier}の範囲（{$range}）
s_tier_reason_certified_short = 認定者{$n}名、{$tier}は{$required}名が必要
s_tier_reason_commitments = {$tier}のコミットメントを満たしていない
s_tier_reason_meets = {$tier}の認定要件（{$have} ≥ {$required}）とコミットメントを満たす

## 期限切れのレビュー
s_overdue_decision_review = 意思決定レビュー
s_overdue_qbr = QBR
s_overdue_tier_review = ティアレビュー

## 前回の取締役会からの変化；各時点のチェック結果
s_delta_none = 変化なし
s_check_clean = 問題なし
s_check_warnings = 警告{$n}件
s_check_errors = エラー{$n}件

## 戦略仮説
s_thesis_title = パートナーシップ戦略仮説 — {$company}
s_thesis_defined_share = 一定の割合
s_thesis_partners = パートナー
s_thesis_channel = {$markets}で{$icps}を支援する{$types}と提携し、{$years}年以内に総ARRの{$share}を占めるパートナー主導の収益チャネルを構築します。
s_thesis_models = {$models}のモデルを優先します。
s_thesis_models_because = {$models}のモデルを優先します：{$reasons}。
s_thesis_model_because = {$model}（{$because}）
s_thesis_reason_sep = {"、"}
s_thesis_mechanism = パートナー主導の成長は、{$mechanism}によって市場浸透を加速します。
s_thesis_adjacent = 製品パートナーは当社プラットフォームの適用範囲を{$adjacent}へ広げます。
s_thesis_measured = プログラムの評価指標：{$north_star}。
s_range_up_to = { $max }まで
s_found_tags = { $glob } に一致するタグ { $n } 件
s_found_no_tag = { $glob } に一致するタグなし
s_found_quarters = 直近 { $asked } 四半期末
s_found_some_quarters = 直近 { $asked } 四半期末のうち { $n } 件（それ以前のコンテンツディレクトリのコミットなし）
s_found_no_quarters = 直近 { $asked } 四半期末より前のコンテンツディレクトリのコミットなし
s_found_nothing = スナップショットなし
s_snapshot_now = 現在
s_note_shallow = リポジトリがシャロークローンのため、古いリビジョンが欠けている可能性があります（git fetch --unshallow --tags で取得できます）
s_note_tag_how_to = 各取締役会のコミットにタグを付けるとスナップショットになります（例: git tag { $example }）
# the horizon as the thesis statement writes it (marked on the thesis page)
s_thesis_years = {$n}年

## 次のティアまでの距離（render::distance）
s_req_pipeline = 年間パイプライン
s_req_certified_individuals = 認定者数
s_req_dedicated_practice = 専任プラクティス
s_req_joint_business_plan = 共同事業計画
s_req_qbr = 四半期ビジネスレビュー
s_req_named_pam = パートナー側の指名PAM
s_req_gtm_activities = 年間の共同GTM活動
s_req_yes = あり
s_req_no = なし
s_req_at_least = {$n}以上
s_req_not_recorded = 未記録
s_req_met = 充足
s_req_missing = 不足
s_dist_missing_pipeline = パイプライン{$amount}
s_dist_missing_certified = 認定者{$n}名
s_dist_missing_gtm = 年間GTM活動{$n}件
s_dist_missing_dedicated_practice = 専任プラクティス
s_dist_missing_qbr = QBRの約束
s_dist_missing_named_pam = 指名PAM
s_dist_missing_joint_plan = 締結済みの共同事業計画（現在：{$now}）
s_dist_top = {$tier}は最上位のティアです。これより上はありません。
s_dist_nothing = {$tier}はパートナー契約以外の要件を定めていません。
s_dist_meets = {$tier}の要件{$n}件をすべて満たしています。
s_dist_short = {$tier}の要件{$n}件中{$met}件を充足。不足：{$missing}。
