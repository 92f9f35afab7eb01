# パートナー向けQBR資料（src/qbr/partner_facing.rs）：パートナーが見てよい内容だけ。
qbrp_subject = {$company} と {$partner} の四半期ビジネスレビュー
qbrp_footer = {$company} が {$partner} 様向けに作成
qbrp_cover_subtitle = {$company} が {$partner} 様向けに作成
qbrp_as_of = {$date} 時点の数値
qbrp_next = 次回QBR：{$date}
qbrp_col_you_have = 現状
qbrp_your_tier = 現在のティア：{$tier}
qbrp_joint_plan = 共同計画
qbrp_roadmap_none = 共同ロードマップ項目はまだありません。このQBRで最初の項目を決めましょう。
qbrp_sponsors_none = エグゼクティブスポンサーはまだ指名されていません。
qbrp_framework = ティア体系
