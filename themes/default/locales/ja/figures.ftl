# 収益性・ティア・競合・履歴・トレーサビリティの各ページの文言（日本語）。
# locales/en/figures.ftl のすべてのメッセージを備える。`| safe` で読むメッセージ（en を参照）には
# `&`、`<`、`>` を含めない。日本語には複数形がないため、選択は *[other] のみ。

## economics.html
economics_eyebrow = 戦略
economics_title = プログラムの収益性
economics_lede = { $company } のパートナープログラムのコストとリターン、そして戦略仮説の目標に向けて順調かどうかを示します。
economics_figures_label = 主要指標
economics_forecast_title = 戦略仮説に対する見通し
economics_costs_title = プログラムコスト
economics_costs_gap = プログラムコストが未設定です: { $gap }（チーム、プラットフォーム、イベントなどの年間費目）。
economics_cost_line = 費目
economics_per_year = 年額
economics_share = 構成比
economics_inputs_title = 前提値
economics_tiers_title = ティア別の収益性
economics_tier = ティア
economics_partners = パートナー数
economics_pipeline = パイプライン
economics_arr = ARR
economics_return = リターン
economics_mdf = MDF
economics_payouts = 支払額
economics_new_customers = 新規顧客
economics_tiers_note = パイプラインは稼働中・開拓中のパートナー、ARR と支払額はすべてのパートナー、MDF は離脱していないパートナーを対象に集計しています。リターンは ARR × 粗利率です。
economics_partners_title = パートナー別の MDF と支払額
economics_partner = パートナー
economics_payout_rate = 支払率
economics_payout = 支払額
economics_partner_cost = パートナーコスト
economics_breakdowns_title = パイプラインと ARR の内訳
economics_sourced_arr = パートナー経由の ARR

## tiers.html
tiers_eyebrow = パートナー
tiers_title = ティア体系
tiers_lede = 各ティアの要件と特典、現在各ティアにいるパートナー、そしてプランから導かれる昇格と降格を示します。
tiers_annual_pipeline = 年間パイプライン
tiers_no_pipeline_target = パイプライン目標なし
tiers_benefits = 特典
tiers_commitments = コミットメント
tiers_partners = パートナー
tiers_more = ほか { $n } 社
tiers_none_yet = まだありません。
tiers_targeting = { $n ->
   *[other] { $n } 社のパートナーがこのティアを目指しています。
}
tiers_review_title = ティアのレビュー
tiers_review_lede = パイプライン、認定、コミットメントを各ティアの要件と照らし合わせて導いたものです。
tiers_promotions = 昇格
tiers_no_promotions = 昇格はありません。
tiers_demotions = 降格
tiers_no_demotions = 降格はありません。
tiers_pams_title = PAM の担当負荷
tiers_pam = パートナーアカウントマネージャー
tiers_platinum = Platinum
tiers_gold = Gold
tiers_gold_limit = Gold 上限
tiers_capacity = キャパシティ
tiers_over_capacity = 上限超過

## competitors.html
competitors_eyebrow = パートナー
competitors_title = 競合と対抗戦略
competitors_lede = 競合が契約しているパートナー、まだ獲得できるパートナー、そして競合に囲い込まれた企業をどう迂回するかを示します。
competitors_counter_title = 対抗戦略
competitors_recruit_first = 最優先で獲得
competitors_available = 獲得可能
competitors_available_lede = どの競合とも提携していない未獲得のパートナーです。スコアの高い順に表示します。
competitors_more = ほか { $n } 社は
competitors_more_link = スコアカード
competitors_more_end = で確認できます
competitors_none = 該当なし。
competitors_recruit_next = 次に獲得
competitors_contested = 手薄
competitors_contested_lede = 競合と提携しているものの、独占契約ではないパートナーです。
competitors_held_by = 提携先:
competitors_go_around = 迂回
competitors_locked = 囲い込み済み
competitors_locked_lede = 競合と独占契約を結んでいるパートナーです。対抗メッセージを打ち出し、隣接するパートナーにアプローチします。
competitors_alternatives = 代替候補:
competitors_map_title = 競合のパートナーマップ
competitors_partner_count = { $n ->
   *[other] パートナー { $n } 社
}
competitors_exclusive_count = 独占 { $n } 社
competitors_partner = パートナー
competitors_our_tier = 当社でのティア
competitors_model = モデル
competitors_strength = 推定される関係の強さ
competitors_exclusivity = 独占契約
competitors_exclusive = 独占
competitors_not_tracked = （管理対象外）

## history.html
history_eyebrow = 戦略
history_title = 履歴
history_lede = プランの Git 履歴から読み取ったパートナープログラムの推移です（対象: { $found }、および現在）。
history_note = 注:
history_since_title = 前回の取締役会以降（{ $since }）
history_since_rebuilt = プランはタグ { $rebuilt_at } 時点のものです。以下は直前のスナップショット { $since } からの変更点です。
history_since_none = { $since } 以降、プランに変更はありません。
history_no_snapshot_before = 比較できる過去のスナップショットはまだありません。四半期末より前のコミット、または
history_no_snapshot_after = に一致するタグがプランにあると、グラフが表示されます。
history_table_title = 数値
history_not_given = どのスナップショットにも値がないため、グラフに含めていない指標: { $figures }。
history_snapshot = スナップショット
history_date = 日付
history_commit = コミット
history_partner_arr = パートナー ARR
history_required = 今年の必要額
history_pipeline = パイプライン
history_program_cost = プログラムコスト
history_roi = ROI
history_okrs = OKR 進捗
history_tiers = ティア P / G / S / R / 見込み
history_check = チェック
history_skipped = スキップしたリビジョン

## traceability.html
traceability_objective = 目標
traceability_kr = KR
traceability_no_roadmap_item = ロードマップ項目なし
traceability_roadmap = ロードマップ
traceability_eyebrow = 分析
traceability_title = トレーサビリティ
traceability_lede = 戦略仮説で優先するモデルから、それを支える目標、その主要成果、それを前進させるロードマップ項目、関係するパートナーと意思決定までをたどります。
traceability_orphans_title = 孤立した項目
traceability_orphan_platinum = ロードマップ項目にない Platinum パートナー
traceability_none = 該当なし。
traceability_orphan_key_results = ロードマップ項目のない主要成果
traceability_orphan_models = どの目標にも支えられていないモデル
traceability_tree_title = 戦略仮説から実行まで
traceability_model = モデル
traceability_no_objective = このモデルを支える目標はありません。
traceability_objectives = 目標
traceability_unlinked = 戦略仮説のモデルに紐づいていないもの
