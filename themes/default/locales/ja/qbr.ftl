# パートナーごとの社内QBR資料（src/qbr/）：`partnerbook qbr`、`build --qbr`。
qbr_title = {$partner}：四半期ビジネスレビュー（{$company}）
qbr_subject = {$partner}との社内向け四半期ビジネスレビュー
qbr_keyword = QBR
qbr_running_header = {$partner} · QBR · {$date}
qbr_internal = 社外秘：社内用、パートナーには非開示
qbr_cover_title = 四半期ビジネスレビュー：{$partner}
qbr_cover_subtitle = アカウントチームとエグゼクティブスポンサー向けの社内ブリーフィング
qbr_cover_tier = {$tier}パートナー · {$status}
qbr_next = 次回QBR：{$date}（前回{$last}から{$cadence}）
qbr_next_overdue = 次回QBRの期限は{$date}でした（前回{$last}から{$cadence}）：期限超過
qbr_next_none = 次回QBR：未実施。初回を設定してください
qbr_not_scheduled = 未設定

## 1ページ目：関係の概要
qbr_relationship_title = {$partner}：関係の概要
qbr_headline = {$tier}パートナー、{$status}、スコア{$score}（{$band}バンド）。{$distance}
qbr_tile_tier = ティア
qbr_tile_supports = 計画上の適合：{$tier}
qbr_tile_score = スコア
qbr_tile_rank = {$of}社中{$rank}位
qbr_tile_pipeline = 年間パイプライン
qbr_tile_range = ティアの範囲 {$range}
qbr_tile_arr = パートナー経由ARR
qbr_tile_arr_caption = このパートナーの顧客から
qbr_tile_next_qbr = 次回QBR
qbr_tile_last = 前回 {$date}
qbr_tile_overdue = 期限超過
qbr_review_promotion = ティアレビューは{$tier}への昇格を推奨しています
qbr_review_demotion = ティアレビューは{$tier}への降格を推奨しています
qbr_distance_title = {$tier}までの距離
qbr_keeping_title = {$tier}の維持：ティアの要件
qbr_status_note = ● 充足、■ 不足：ティア体系（tiers.yaml）が定める各要件。
qbr_col_requirement = 要件
qbr_col_partner = パートナー
qbr_col_tier_needs = {$tier}の要件
qbr_col_missing = 不足分

## アジェンダ
qbr_agenda_title = アジェンダ案
qbr_agenda_lead = この資料のギャップ、レビュー、リスクから{$n}項目（緊急度順）。
qbr_agenda_promotion = ティアレビューが推奨する{$tier}への昇格を合意する。
qbr_agenda_demotion = 推奨される{$tier}への降格と、それを避ける方法を話し合う。
qbr_agenda_restore = {$tier}の要件を回復する：{$missing}。
qbr_agenda_meets_next = {$tier}の要件をすべて満たしている：{$tier}への移行を合意する。
qbr_agenda_close_gap = {$tier}への道筋を計画する：不足は{$missing}。
qbr_agenda_overdue = {$kind}が{$date}から期限超過（{$n}日）。
qbr_agenda_item = ロードマップ：{$item}は{$status}。
qbr_agenda_item_due = ロードマップ：{$item}は{$status}（期限{$due}）。
qbr_agenda_kr = 主要な成果（{$status}）：{$kr}。
qbr_agenda_decision_proposed = 意思決定{$id}（{$title}）は提案中：パートナーの役割を合意する。
qbr_agenda_decision_review = 意思決定{$id}（{$title}）は{$date}にレビュー期限を迎えました。
qbr_agenda_locked = 競合状況：{$competitors}と独占契約。共にできることを合意する。
qbr_agenda_contested = 競合状況：{$competitors}とも提携。共に勝てる領域はどこか。
qbr_agenda_sponsor = 双方でエグゼクティブスポンサーを任命する。
qbr_agenda_pipeline = パイプラインのレビュー（今年{$pipeline}）と来四半期の共同GTM計画。
qbr_agenda_next_qbr = 次回QBRの日程と担当者を合意する。

## コミットメントと特典
qbr_commitments_section = コミットメントと特典
qbr_commitments_title = {$tier}に対するコミットメント
qbr_commitments_met = {$tier}の要件をすべて満たしています。
qbr_commitments_short = {$tier}の要件に不足：{$missing}。
qbr_tier_commitments = {$tier}パートナーのコミットメント
qbr_benefits_title = 特典
qbr_tier_benefits = {$tier}の特典
qbr_col_benefit = 特典
qbr_col_tier_gives = ティアの提供内容
qbr_benefit_mdf = 年間MDF
qbr_benefit_pam = パートナーアカウントマネージャー（当社）
qbr_benefit_deal_registration = 案件登録
qbr_no_pam = 未任命
qbr_pam_shared = { $n ->
    [one] {$pam}
   *[other] {$pam}（このティアの{$n}社で共有）
}
qbr_pam_limit = { $n ->
    [one] パートナー1社につきPAM 1名
   *[other] PAM 1名につき最大{$n}社
}
qbr_days = {$n}営業日以内

## 実績
qbr_performance_title = 実績
qbr_history_lead = 計画の各スナップショットと現在のパイプライン、ARR、スコア。
qbr_history_moved = {$since}以降：パイプライン {$pipeline_then} → {$pipeline_now}、ARR {$arr_then} → {$arr_now}、スコア {$score_then} → {$score_now}。
qbr_history_none = 計画の過去のスナップショットはありません。推移は次のタグ付きリビジョンから始まります。
qbr_chart_pipeline_arr = パイプラインとパートナー経由ARR
qbr_series_pipeline = パイプライン
qbr_series_arr = ARR
qbr_chart_score = 魅力度スコア
qbr_series_score = スコア
qbr_col_score = スコア
qbr_col_band = バンド
qbr_col_tier = ティア
qbr_col_arr = ARR
qbr_not_in_plan = まだ計画にない
qbr_roadmap_title = 共同ロードマップ項目
qbr_roadmap_none = このパートナーを挙げるロードマップ項目はありません。
qbr_col_quarter = 四半期
qbr_col_item = 項目
qbr_col_due = 期限
qbr_col_owner = 担当
qbr_krs_title = これらの項目が進める主要な成果
qbr_krs_none = このパートナーのロードマップ項目が進める主要な成果はありません。

## ガバナンスと競合
qbr_governance_title = ガバナンスと競合
qbr_notes_title = アカウントチームのメモ
qbr_notes_lead = パートナーのファイルに記載。社内用で、パートナー向けの資料には含まれません。
qbr_sponsors_title = スポンサーと頻度
qbr_sponsors_none = このパートナーにはエグゼクティブスポンサーが割り当てられていません。
qbr_col_partner_executive = パートナー側の役員
qbr_col_our_counterpart = 当社の担当
qbr_col_cadence = 頻度
qbr_decisions_title = このパートナーに関わる意思決定
qbr_decisions_none = このパートナーに関わる意思決定はありません。
qbr_col_decision = 意思決定
qbr_col_title = 件名
qbr_col_kind = 種類
qbr_col_review = レビュー
qbr_competition_title = 競合状況
qbr_competition_locked = {$competitors}と独占契約：獲得可能な対象ではありません。
qbr_competition_none = 競合のパートナーマップにこのパートナーは載っていません。
qbr_competition_contested = 競合{$n}社もこのパートナーと提携しています（独占ではありません）。
qbr_col_competitor = 競合
qbr_col_model = モデル
qbr_col_strength = 競合の強み
qbr_col_exclusive = 独占
qbr_exclusive = 独占
qbr_not_exclusive = いいえ
