# Los textos del dosier del consejo en español. Todos los mensajes de locales/en/pack.ftl.
pack_contents = Índice
pack_page_of = Página { $page } de { $pages }

## Documento, portada y anexo
pack_title = { $company } — Dosier del consejo sobre alianzas
pack_subject = Plan del programa de socios { $year }: resumen para el consejo, tesis, economía del programa, panorama de socios, niveles, decisiones, OKR y hoja de ruta
pack_keyword_partnerships = alianzas
pack_keyword_board_pack = dosier del consejo
pack_running_header = { $company } · Dosier del consejo sobre alianzas · { $date }
pack_cover_title = Dosier del consejo sobre alianzas
pack_cover_subtitle = Programa de socios { $year } · métrica estrella: { $north_star }
pack_cover_meeting = Reunión del consejo del { $date }
pack_cover_figures_as_of = Cifras al { $date }
pack_cover_commit = Generado desde el commit { $commit }
pack_cover_partners = { $n ->
    [one] { $n } socio
   *[other] { $n } socios
}
pack_cover_partners_exited = { $n ->
    [one] { $n } socio (y { $exited } de baja)
   *[other] { $n } socios (y { $exited } de baja)
}
pack_cover_decisions = { $n ->
    [one] { $n } decisión
   *[other] { $n } decisiones
}
pack_cover_objectives = { $n ->
    [one] { $n } objetivo
   *[other] { $n } objetivos
}
pack_purpose_decision = { $n ->
    [0] Decisión: ninguna
    [one] Decisión: { $n } punto
   *[other] Decisión: { $n } puntos
}
pack_purpose_approval = { $n ->
    [one] Aprobación: { $n } cambio de nivel
   *[other] Aprobación: { $n } cambios de nivel
}
pack_purpose_noting = { $n ->
    [one] Información: resultados, { $n } riesgo
   *[other] Información: resultados, { $n } riesgos
}
pack_appendix = Anexo
pack_appendix_lead = El detalle del cuerpo del dosier, como referencia.
pack_list_sep = {", "}
pack_more = … y { $n } más, en el manual.

## Resumen para el consejo
pack_board_summary = Resumen para el consejo
pack_scorecard_title = Resultados frente al plan { $year }
pack_col_measure = Indicador
pack_col_actual = Real
pack_col_plan = Plan
pack_col_variance = Desviación
pack_col_since = Desde { $since }
pack_col_status = Estado
pack_status_note = Estado: el valor real como parte del plan previsto para la reunión del { $date } (● en curso desde { $at_risk }, ▲ en riesgo por debajo, ■ desviado por debajo de { $off_track }); un plan con fecha límite avanza en línea recta desde el 1 de enero hasta su objetivo.
pack_for_decision = Para decisión
pack_no_asks = Ninguna en esta reunión.
pack_asks_more = { $n } más: todas las peticiones figuran en el anexo (Peticiones al consejo).
pack_asks_title = Peticiones al consejo
pack_col_item = Punto
pack_col_what_and_why = Qué y por qué
pack_col_recommendation = Recomendación
pack_risks = Riesgos
pack_no_risks = Ningún riesgo que señalar en esta reunión.
pack_risks_more = Los { $shown } más graves de { $total }; el registro de riesgos del anexo los recoge todos.
pack_risk_register = Registro de riesgos
pack_col_risk = Riesgo
pack_col_owner = Responsable
pack_col_severity = Gravedad

## Tesis y cifras clave
pack_thesis_title = Tesis y cifras clave
pack_thesis_lead = La tesis con la que se mide el programa y sus cifras clave frente al objetivo a { $years } años.
pack_key_figures = Cifras clave
pack_tile_change = { $caption } · { $change } desde { $since }
pack_tile_north_star = Métrica estrella · { $label }
pack_tile_no_target = sin objetivo fijado
pack_tile_target_within = objetivo { $target } en { $years ->
    [one] { $years } año
   *[other] { $years } años
}
pack_tile_target = objetivo { $target }
pack_tile_pipeline = Pipeline aportado por socios
pack_tile_pipeline_caption = socios activos y en captación
pack_tile_share = Cuota de socios en el ARR
pack_share_caption = objetivo { $target } en { $years } años
pack_share_caption_now = de { $now } de ARR; objetivo { $target } en { $years } años
pack_share_caption_of = objetivo { $target } de { $of } en { $years } años
pack_share_caption_now_of = de { $now } de ARR; objetivo { $target } de { $of } en { $years } años
pack_tile_priority = Objetivos prioritarios
pack_tile_priority_caption = { $n ->
    [one] { $n } firmado en Oro o superior
   *[other] { $n } firmados en Oro o superior
}
pack_tile_company_arr = ARR de la empresa
pack_changes_title = Qué ha cambiado desde { $since }
pack_no_changes = Ningún cambio en el plan.

## Desde la última reunión del consejo, tendencia
pack_since_title = Desde la última reunión del consejo
pack_since_lead_tagged = El plan es el de la etiqueta { $at }; lo que se ha movido desde { $since }, la instantánea anterior.
pack_since_lead = Lo que se ha movido en el plan desde { $since } hasta este dosier.
pack_since_none = Nada ha cambiado en el plan.
pack_trend = Tendencia
pack_trend_lead = Las cifras del plan en { $found } y ahora, leídas de su historial de git.
pack_trend_not_given = { $figure }: no figura en ninguna instantánea.
pack_trend_required = Necesario este año (trayectoria de la tesis)
pack_trend_arr_chart = ARR aportado por socios frente a la trayectoria de la tesis
pack_trend_arr = ARR aportado por socios
pack_trend_pipeline_chart = Pipeline de socios
pack_trend_pipeline = Pipeline
pack_trend_okr_chart = Progreso medio de los OKR
pack_trend_okr = Progreso de los OKR
pack_trend_roi_chart = ROI del programa
pack_trend_roi = ROI
pack_trend_numbers = Las cifras
pack_trend_skipped = { $snapshot }: no se muestra, { $reason }
pack_col_snapshot = Instantánea
pack_col_date = Fecha
pack_col_partner_arr = ARR de socios
pack_col_cost = Coste
pack_col_roi = ROI
pack_col_okrs = OKR
pack_col_tiers_compact = Niveles Pt/O/Pl/R/pr.
pack_col_check = Comprobación

## Economía del programa
pack_economics_title = Economía del programa
pack_tile_program_cost = Coste del programa
pack_tile_program_cost_caption = al año: partidas de coste, MDF y pagos a socios
pack_tile_return = Retorno
pack_tile_return_caption = { $arr } de ARR × { $margin } de margen bruto
pack_tile_roi = ROI del programa
pack_tile_roi_caption = retorno de { $return } con un coste de { $cost }
pack_tile_partner_cac = CAC de socios
pack_tile_partner_cac_caption = coste del programa ÷ { $n } clientes nuevos
pack_tile_direct_cac = CAC directo
pack_tile_direct_cac_caption = coste por cliente en venta directa
pack_tile_verdict = En curso para { $year }
pack_tile_verdict_on_track = previsión { $forecast } ≥ { $required } necesarios en { $year }
pack_tile_verdict_short = { $shortfall } por debajo de los { $required } necesarios
pack_forecast_title = Previsión frente a la tesis: { $verdict }
pack_forecast_basis = Previsión = { $basis }.
pack_closing_gap = Cerrar la brecha exige { $pipeline } más de pipeline de socios activos o en captación, con la tasa de cierre del { $win_rate }.
pack_target_path = Trayectoria objetivo y previsión
pack_target_path_chart = ARR aportado por socios: trayectoria objetivo y previsión ({ $unit })
pack_path_now = Ahora
pack_path_end_of = Fin de { $year }
pack_bar_target = { $label } · objetivo
pack_bar_forecast = { $label } · previsión
pack_program_cost = Coste del programa
pack_cost_mdf = Fondos de desarrollo de mercado (MDF)
pack_cost_payouts = Pagos a socios (comisiones por referencia, márgenes de reventa)
pack_program_cost_gap = El coste del programa no está indicado: { $gap } (partidas de coste anuales como equipo, plataforma, eventos).
pack_col_cost_line = Partida de coste
pack_col_per_year = Al año
pack_col_share = Cuota
pack_economics_by_tier = Economía por nivel
pack_economics_by_tier_note = El pipeline cuenta los socios activos y en captación; el ARR y los pagos, todos los socios; el MDF, los socios que no se han dado de baja. El retorno es ARR × margen bruto.
pack_col_tier = Nivel
pack_col_partners = Socios
pack_col_pipeline = Pipeline
pack_col_arr = ARR
pack_col_return = Retorno
pack_col_mdf = MDF
pack_col_payouts = Pagos
pack_breakdowns_title = Dónde están el pipeline y el ARR
pack_by_tier = Por nivel
pack_by_landscape = Por panorama de socios
pack_by_model = Por modelo (el primero indicado)
pack_by_geography = Por geografía (la primera indicada)
pack_pipeline_by_tier = Pipeline por nivel ({ $unit })
pack_pipeline_by_landscape = Pipeline por panorama de socios ({ $unit })
pack_pipeline_by_model = Pipeline por modelo, el primero indicado ({ $unit })
pack_pipeline_by_geography = Pipeline por geografía, la primera indicada ({ $unit })
pack_arr_by_tier = ARR aportado por socios, por nivel ({ $unit })
pack_arr_by_landscape = ARR aportado por socios, por panorama ({ $unit })
pack_arr_by_model = ARR aportado por socios, por modelo, el primero indicado ({ $unit })
pack_arr_by_geography = ARR aportado por socios, por geografía, la primera indicada ({ $unit })

## Panorama de socios y clasificación
pack_landscape_title = Panorama de socios
pack_landscape_lead = { $targets } de los { $ranked } socios clasificados están en la franja prioritaria y disponibles para nosotros; { $signed ->
    [one] { $signed } está firmado
   *[other] { $signed } están firmados
} en Oro o superior.
pack_landscape_lead_locked = { $targets } de los { $ranked } socios clasificados están en la franja prioritaria y disponibles para nosotros; { $signed ->
    [one] { $signed } está firmado
   *[other] { $signed } están firmados
} en Oro o superior; { $locked ->
    [one] { $locked } más está en exclusiva con un competidor y no se cuenta
   *[other] { $locked } más están en exclusiva con un competidor y no se cuentan
}.
pack_col_landscape = Panorama
pack_col_tier_target = Nivel objetivo
pack_col_average_score = Puntuación media
pack_ranked_scorecard = Clasificación por puntuación
pack_chart_top = Puntuación de atractivo, los { $n } primeros socios
pack_threshold = { $band } { $score }
pack_full_scorecard_note = La clasificación completa de los { $n } socios clasificados y los socios cerca de un umbral de franja figuran en el anexo.
pack_exited_note = De baja (sin clasificar, sin contar): { $names }.
pack_col_partner = Socio
pack_col_land = Pan.
pack_col_tier_to_target = Nivel → objetivo
pack_col_score = Puntuación
pack_col_band = Franja
pack_factor_icp_overlap = Coincidencia con el ICP
pack_factor_market_influence = Influencia en el mercado
pack_factor_practice_alignment = Encaje de la práctica
pack_factor_partnership_appetite = Interés en la alianza
pack_factor_revenue_potential = Potencial de ingresos
pack_factor_short_icp_overlap = ICP
pack_factor_short_market_influence = Infl
pack_factor_short_practice_alignment = Enc
pack_factor_short_partnership_appetite = Int
pack_factor_short_revenue_potential = Ingr
pack_full_scorecard = Clasificación completa
pack_scorecard_formula = Atractivo = coincidencia con el ICP × { $w1 } + influencia en el mercado × { $w2 } + encaje de la práctica × { $w3 } + interés en la alianza × { $w4 } + potencial de ingresos × { $w5 }. Prioritario ≥ { $priority }, secundario ≥ { $secondary }.
pack_near_line = Casos límite
pack_near_line_note = Socios a menos de 3 puntos de un umbral de franja, y socios cuya franja cambiaría si un peso de puntuación variara 5 puntos (los demás pesos reescalados para sumar 100).
pack_near_line_none = Ningún socio está a menos de 3 puntos de un umbral.
pack_col_threshold = Umbral
pack_col_distance = Distancia
pack_weight_change = { $factor } { $delta } puntos
pack_col_weight_change = Cambio de peso
pack_col_band_change = Cambio de franja
pack_col_new_score = Nueva puntuación

## Marco de niveles
pack_tiers_title = Marco de niveles
pack_tiers_none = El plan no tiene marco de niveles.
pack_tiers_lead = Socios: { $platinum } Platino, { $gold } Oro, { $silver } Plata y { $registered } Registrado; la revisión de niveles recomienda { $promotions ->
    [one] { $promotions } ascenso
   *[other] { $promotions } ascensos
} y { $demotions ->
    [one] { $demotions } descenso
   *[other] { $demotions } descensos
}.
pack_required = Obligatoria
pack_col_annual_pipeline = Pipeline anual
pack_col_certified = Certificados
pack_col_dedicated_practice = Práctica dedicada
pack_col_mdf_per_year = MDF / año
pack_col_gtm_per_year = GTM / año
pack_col_review = Revisión
pack_col_benefits = Beneficios
pack_col_commitments = Compromisos
pack_tier_review = Revisión de niveles
pack_tier_review_none = El pipeline, la certificación y los compromisos de cada socio justifican su nivel actual.
pack_promote = Ascender: { $from } → { $to }
pack_demote = Descender: { $from } → { $to }
pack_col_reason = Motivo

## Mapa de socios de la competencia
pack_competition_title = Mapa de socios de la competencia
pack_competition_lead = { $competitors ->
    [one] { $competitors } competidor con sus socios mapeados
   *[other] { $competitors } competidores con sus socios mapeados
}: { $held } de nuestros { $tracked } socios seguidos trabajan con un competidor y { $locked ->
    [one] { $locked } está en exclusiva
   *[other] { $locked } están en exclusiva
}; { $free ->
    [one] { $free } socio está libre
   *[other] { $free } socios están libres
} para captar primero.
pack_counter_strategy = Contraestrategia
pack_recruit_first = Captar primero: disponibles y sin vínculo con un competidor
pack_recruit_first_none = Ningún prospecto sin disputa.
pack_recruit_next = Captar después: vinculados a un competidor sin exclusividad
pack_recruit_next_none = Ningún prospecto disputado.
pack_locked_title = En exclusiva con un competidor: abordar sus socios cercanos
pack_locked_none = Ningún socio está en exclusiva con un competidor.
pack_scored_name = { $name } ({ $score })
pack_col_locked_partner = Socio en exclusiva
pack_col_competitor = Competidor
pack_col_adjacent_alternatives = Alternativas cercanas
pack_competitor_map = Mapa de socios de la competencia
pack_col_model = Modelo
pack_col_perceived_strength = Fortaleza percibida
pack_col_exclusive = Exclusiva
pack_locked = En exclusiva
pack_open = Abierto
pack_competitor_omitted = { $n } más de { $competitor }
pack_competitor_omitted_note = Se muestran { $limit } socios por competidor; { $omitted } figuran en el manual.

## Registro de decisiones
pack_decisions_title = Registro de decisiones
pack_decisions_lead = { $active ->
    [one] { $active } decisión en vigor
   *[other] { $active } decisiones en vigor
} y { $proposed ->
    [one] { $proposed } presentada
   *[other] { $proposed } presentadas
} a esta reunión; la matriz desarrollar/asociarse/adquirir respalda todas las vigentes. Las justificaciones figuran en el anexo.
pack_decisions_lead_unsupported = { $active ->
    [one] { $active } decisión en vigor
   *[other] { $active } decisiones en vigor
} y { $proposed ->
    [one] { $proposed } presentada
   *[other] { $proposed } presentadas
} a esta reunión; la matriz no respalda { $unsupported ->
    [one] { $unsupported } decisión
   *[other] { $unsupported } decisiones
}. Las justificaciones figuran en el anexo.
pack_decision_build = Desarrollar
pack_decision_partner = Asociarse
pack_decision_acquire = Adquirir
pack_matrix_supports = Respalda: { $decision }
pack_matrix_suggests = Sugiere: { $decision }
pack_matrix_none = No aplica ninguna rama
pack_col_id = ID
pack_col_capability = Capacidad / mercado
pack_col_decision = Decisión
pack_col_matrix = Matriz
pack_rationales_title = Justificación de las decisiones vigentes y propuestas
pack_col_rationale = Justificación
pack_partner_considered = Socio considerado: { $partner }

## Progreso de los OKR y hoja de ruta
pack_okr_title = Progreso de los OKR
pack_okr_lead = Los { $measured } resultados clave medidos llevan de media el { $progress } del camino; { $behind ->
    [one] { $behind } va por detrás del ritmo de su objetivo.
   *[other] { $behind } van por detrás del ritmo de su objetivo.
}
pack_okr_none = Aún no se mide ningún resultado clave: asigne a los resultados clave un objetivo y un valor actual.
pack_okr_rollup = { $shape } { $status } · de media el { $progress } del camino en { $measured } resultados clave medidos
pack_okr_rollup_owner = { $shape } { $status } · de media el { $progress } del camino en { $measured } resultados clave medidos · responsable: { $owner }
pack_kr_from_to = de { $baseline } a { $target }: { $current } ahora, el { $progress } del camino
pack_kr_of = { $current } de { $target }, { $progress }
pack_kr_due = vence el { $date }
pack_kr_not_measured = { $kr } (sin medir)
pack_roadmap_title = Hoja de ruta { $year }
pack_roadmap_lead = { $done } de { $items } elementos hechos, { $in_progress } en curso y { $at_risk } en riesgo.
pack_roadmap_beyond = Más allá de { $year }: la hoja de ruta plurianual
pack_item_in_progress = { $title } (en curso)
pack_item_done = { $title } (hecho)
pack_item_at_risk = { $title } (en riesgo)
pack_item_dropped = { $title } (descartado)
pack_traceability = Trazabilidad
pack_trace_platinum = El socio Platino { $partner } no aparece en ningún elemento de la hoja de ruta
pack_trace_key_result = El resultado clave «{ $kr }» no tiene ningún elemento en la hoja de ruta
pack_trace_model = Ningún objetivo sirve al modelo { $model } de la tesis
pack_trace_none = Todos los socios Platino y los resultados clave están cubiertos por la hoja de ruta.

## Gobernanza
pack_governance = Gobernanza
pack_governance_lead_all = Todos los socios Platino ({ $platinum }) tienen un patrocinador ejecutivo; ninguna revisión está vencida. La matriz RACI figura en el anexo.
pack_governance_lead_all_overdue = Todos los socios Platino ({ $platinum }) tienen un patrocinador ejecutivo; { $overdue ->
    [one] { $overdue } revisión está vencida
   *[other] { $overdue } revisiones están vencidas
}. La matriz RACI figura en el anexo.
pack_governance_lead_some = { $sponsored } de { $platinum } socios Platino tienen un patrocinador ejecutivo; ninguna revisión está vencida. La matriz RACI figura en el anexo.
pack_governance_lead_some_overdue = { $sponsored } de { $platinum } socios Platino tienen un patrocinador ejecutivo; { $overdue ->
    [one] { $overdue } revisión está vencida
   *[other] { $overdue } revisiones están vencidas
}. La matriz RACI figura en el anexo.
pack_raci = RACI
pack_raci_note = R = Responsible (ejecuta), A = Accountable (rinde cuentas), C = Consulted (consultado), I = Informed (informado).
pack_sponsors = Patrocinadores ejecutivos
pack_col_partner_executive = Directivo del socio
pack_col_our_counterpart = Nuestro interlocutor
pack_col_cadence = Frecuencia
pack_overdue = Revisiones vencidas
pack_overdue_none = Ninguna revisión ha superado su fecha.
pack_overdue_decision_review = Revisión de decisión
pack_overdue_qbr = QBR
pack_overdue_tier_review = Revisión de nivel
pack_col_subject = Asunto
pack_col_was_due = Vencía
pack_col_late_by = Retraso
pack_days_late = { $n ->
    [one] { $n } día
   *[other] { $n } días
}
