# パートナー向けサイトの日本語（locales/en/partner_site.ftl に対して完全）。
# 「貴社」はパートナー、「当社」はプログラムを運営する会社。

## レイアウトとナビゲーション
ps_site_title = { $company } パートナーサイト（{ $partner } 様）
ps_footer_prepared = { $company } が { $partner } 様向けに作成
ps_footer_as_of = { $date } 時点の数値
ps_nav_partnership = 貴社とのパートナーシップ
ps_nav_overview = 概要
ps_nav_tiers = ティア体系
ps_nav_handbook = パートナーハンドブック

## パートナーのページ
ps_eyebrow = 貴社とのパートナーシップ
ps_lede = { $company } の { $tier } パートナー
ps_lede_prospect = { $company } のパートナー候補
ps_score = パートナースコア
ps_figures = 主要な数値
ps_pipeline = 年間パイプライン
ps_arr = ARR
ps_mdf = 年間 MDF
ps_next_qbr = 次回のビジネスレビュー
ps_not_recorded = 未記録
ps_next_tier = 次のティア
ps_requirement = 要件
ps_you_have = 貴社の現状
ps_tier_needs = ティアの要件
ps_status = 状況
ps_met = 達成
ps_framework_link = ティア体系
ps_distance_summary = { $tier } の要件 { $n } 件のうち { $met } 件を満たしています。
ps_distance_ready = { $tier } の要件をすべて満たしています。昇格についてご相談ください。
ps_distance_top = { $tier } は最上位のティアです。
ps_at_least = { $value } 以上
ps_missing_money = 年間あと { $amount }
ps_missing_count = あと { $n }
ps_missing_yes = 未達
ps_missing_plan = 署名待ち
ps_commitments = 貴社のコミットメント
ps_tier_commits = ティアが求めること
ps_benefits = 貴社ティアの特典
ps_no_benefits = 貴社のティアにはまだ特典が登録されていません。
ps_pages = パートナー向けハンドブック
ps_profile = プロフィール
ps_fact_tier = ティア
ps_fact_status = ステータス
ps_fact_pam = 貴社担当のパートナーアカウントマネージャー
ps_fact_last_qbr = 前回のビジネスレビュー
ps_sponsors = エグゼクティブスポンサー
ps_your_executive = 貴社の役員
ps_our_executive = 当社の役員
ps_cadence = 頻度
ps_no_sponsors = エグゼクティブスポンサーはまだ決まっていません。
ps_roadmap = 共同ロードマップ
ps_no_roadmap = 共同ロードマップの項目はまだありません。
ps_due = 期限 { $due }

## 要件とコミットメント
ps_req_certified_individuals = 認定資格者
ps_req_dedicated_practice = 専任部門
ps_req_joint_business_plan = 共同ビジネスプラン
ps_req_qbr = 四半期ビジネスレビュー
ps_req_named_pam = 貴社側の担当パートナーマネージャー
ps_req_gtm_activities = 年間の共同 GTM 活動
ps_per_year = 年 { $n } 回以上
ps_review_cadence = ビジネスレビュー

## ティア体系
ps_tiers_eyebrow = パートナープログラム
ps_tiers_title = ティア体系
ps_tiers_lede = 各ティアがパートナーに求めることと提供するもの。
ps_your_tier = 貴社のティア
ps_annual_pipeline = 年間パイプライン
ps_no_pipeline_target = パイプライン目標なし
ps_benefits_short = 特典
ps_commitments_short = コミットメント

## ハンドブック
ps_page_eyebrow = パートナーハンドブック
