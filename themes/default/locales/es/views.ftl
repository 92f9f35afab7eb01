# Los textos que escribe el código Rust del sitio (títulos de página, navegación,
# etiquetas, frases, rótulos de gráficos), en español. Todos los mensajes de locales/en/views.ftl.

## Sitio y navegación
v_site_title = Manual de socios de { $company }
v_handbook = Manual
v_nav_overview = Resumen
v_nav_strategy = Estrategia
v_nav_dashboard = Panel
v_nav_thesis = Tesis
v_nav_models = Modelos
v_nav_economics = Economía del programa
v_nav_history = Historial
v_nav_partners = Socios
v_nav_landscape = Panorama de socios
v_nav_competitors = Competidores
v_nav_tiers = Niveles
v_nav_execution = Ejecución
v_nav_decisions = Decisiones
v_nav_okrs = OKR
v_nav_roadmap = Hoja de ruta
v_nav_governance = Gobernanza
v_nav_analyses = Análisis
v_nav_near_line = Casos límite
v_nav_traceability = Trazabilidad
v_nav_reviews = Revisiones vencidas
v_nav_validation = Validación
v_nav_changes = Cambios
v_nav_all_pages = Las { $n } páginas →
v_title_search = Búsqueda
v_title_not_found = Página no encontrada

## Palabras comunes
v_yes = Sí
v_no = No
v_join = { $first } y { $last }
v_join_sep = {", "}
v_n_of_m = { $n } de { $m }
v_n_of_m_done = { $n } de { $m } completados
v_label_count = { $label }: { $n }
v_partners_by_tier = Socios por nivel
v_roadmap_year = Hoja de ruta { $year }
v_factor_icp = Coincidencia de clientes ICP
v_factor_influence = Influencia en el mercado
v_factor_practice = Alineación de la práctica
v_factor_appetite = Interés en la alianza
v_factor_revenue = Potencial de ingresos
v_factor_weight = peso
v_weight_move = { $factor }: peso { $change }

## Panel
v_kpi_north_star_detail = objetivo { $target } ({ $share } de { $arr } de ARR) en { $years ->
    [one] { $years } año
   *[other] { $years } años
}
v_kpi_no_target = sin objetivo definido
v_kpi_share = Cuota de socios en el ARR
v_kpi_share_detail = de { $arr } de ARR actual; objetivo { $target }
v_kpi_pipeline = Pipeline de socios
v_kpi_pipeline_detail = anual, de { $n ->
    [one] { $n } socio activo o en captación
   *[other] { $n } socios activos o en captación
}
v_kpi_pipeline_detail_target = anual, de { $n ->
    [one] { $n } socio activo o en captación
   *[other] { $n } socios activos o en captación
}; objetivo { $target }
v_kpi_priority = Socios prioritarios firmados
v_kpi_priority_detail = socios de la banda prioritaria en Oro o Platino
v_kpi_roi = ROI del programa
v_kpi_roi_detail = retorno de { $return } con un coste de { $cost }
v_kpi_on_track = En curso para { $year }
v_kpi_on_track_detail = previsión de { $forecast } frente a { $required } necesarios este año
v_kpi_okrs = Avance de los OKR
v_kpi_okrs_detail = media de { $n } resultados clave medidos
v_kpi_roadmap_detail = { $at_risk } en riesgo, { $in_progress } en curso
v_bar_progress_to_target = avance hacia el objetivo
v_bar_share_against_target = cuota frente al objetivo
v_bar_pipeline_against_target = pipeline frente al objetivo
v_bar_signed_share = proporción firmada
v_bar_okr_progress = avance medio de los resultados clave
v_bar_items_done = elementos completados
v_attention_tier_changes = Cambios de nivel ({ $up } al alza, { $down } a la baja)
v_attention_near_line = Socios cerca de un umbral de banda
v_attention_at_risk = Elementos de la hoja de ruta en riesgo
v_attention_untraced = Aún sin vincular a la hoja de ruta ni a los OKR

## Gráficos
v_chart_composition = Puntuación { $score } de 100: { $factors }; secundaria desde { $secondary }, prioritaria desde { $priority }
v_chart_factor_points = { $factor } { $points } puntos
v_chart_factor_points_title = { $factor }: { $points } puntos
v_chart_distribution = Puntuaciones de { $n ->
    [one] { $n } socio
   *[other] { $n } socios
} en tramos de 5 puntos; secundaria desde { $secondary }, prioritaria desde { $priority }
v_chart_distribution_bins = Puntuaciones de { $n ->
    [one] { $n } socio
   *[other] { $n } socios
} en tramos de 5 puntos: { $bins }; secundaria desde { $secondary }, prioritaria desde { $priority }
v_chart_partners = { $n ->
    [one] { $n } socio
   *[other] { $n } socios
}
v_chart_rating = valoración { $rating } de 100
v_chart_target_point = { $label }: trayectoria objetivo { $value }
v_chart_forecast_point = { $label }: previsión { $value }
v_chart_forecast_value = previsión { $value }
v_chart_path = Trayectoria objetivo: { $path }
v_chart_path_forecast = Trayectoria objetivo: { $path }; previsión: { $forecast }

## Títulos y descripciones de página
v_title_thesis = Tesis de alianzas
v_desc_thesis = Por qué { $company } trabaja con socios, con quién y cómo se mide
v_title_models = Modelos de alianza
v_desc_models = Los modelos de alianza del programa, su economía y quién los usa
v_title_economics = Economía del programa
v_desc_economics = Lo que cuesta y aporta el programa de socios, y la previsión frente a la tesis
v_title_landscape = Panorama de socios
v_desc_landscape = Todos los socios por categoría del panorama, con la clasificación de puntuaciones
v_title_competitors = Competidores y contraestrategia
v_desc_competitors = Qué socios tienen nuestros competidores y dónde captar primero
v_title_tiers = Marco de niveles
v_desc_tiers = Requisitos, beneficios y compromisos de cada nivel, y la revisión de niveles
v_title_decisions = Registro de decisiones
v_desc_decisions = Decisiones de desarrollar, aliarse o adquirir, con su justificación
v_desc_decision = Decisión { $kind }: { $title }
v_title_okrs = Objetivos y resultados clave
v_desc_okrs = OKR de alianzas con su avance frente al objetivo
v_desc_roadmap = La hoja de ruta de alianzas por trimestre, y los años siguientes
v_desc_governance = Derechos de decisión (RACI) y patrocinadores ejecutivos
v_desc_near_line = Socios cerca de un umbral de banda y la sensibilidad de las bandas a las ponderaciones
v_desc_traceability = De los modelos de la tesis a los OKR, la hoja de ruta, los socios y las decisiones
v_desc_reviews = Revisiones de decisiones, QBR y revisiones de nivel con la fecha vencida
v_title_changes = Cambios desde { $since }
v_desc_changes = Los cambios del plan en términos de negocio
v_desc_validation = Lo que las reglas han encontrado en el plan
v_desc_history = Cómo ha evolucionado el programa de socios de una instantánea a otra

## Índice de búsqueda
v_search_kind_page = Página
v_search_kind_partner = Socio
v_search_kind_decision = Decisión
v_search_kind_competitor = Competidor
v_search_kind_handbook = Manual
v_search_home = Tesis, estrella polar, KPI y validación
v_search_thesis = Por qué nos aliamos, con quién y cómo se mide
v_search_models = Referencia, reventa, venta conjunta, implantación, OEM, empresa conjunta, alianza tecnológica
v_search_economics = Coste del programa, retorno, ROI, CAC, desgloses y previsión frente a la tesis
v_search_landscape_title = Panorama de socios y tabla de puntuación
v_search_landscape = Panorama A/B/C y la clasificación de puntuaciones
v_search_competitors = Mapa de socios de la competencia
v_search_tiers_title = Marco y revisión de niveles
v_search_tiers = Platino, Oro, Plata, Registrado; ascensos y descensos
v_search_decisions = Decisiones de desarrollar, aliarse o adquirir
v_search_okrs = Objetivos y resultados clave con su avance
v_search_governance = Matriz RACI y patrocinadores ejecutivos
v_search_near_line = Socios cerca de un umbral de banda
v_search_traceability = De los modelos de la tesis a los OKR, la hoja de ruta, los socios y las decisiones
v_search_reviews = Revisiones de decisiones, QBR y revisiones de nivel vencidas
v_search_partner = { $tier } · { $category } · puntuación { $score } · { $landscape }
v_search_section = Sección del manual ({ $n } páginas)

## Análisis
v_days = { $n ->
    [one] { $n } día
   *[other] { $n } días
}
v_overdue_decision_review = Revisión de decisión
v_overdue_qbr = QBR
v_overdue_tier_review = Revisión de nivel
v_trace_plain_kr = { $text } (escrito como texto libre: dele un id e inclúyalo en los key_results de un elemento de la hoja de ruta)

## Decisiones
v_matrix_supported = Respaldada
v_matrix_override = Excepción
v_matrix_not_supported = No respaldada
v_cond_core = Esencial para la diferenciación de nuestro producto
v_cond_capacity = Tenemos capacidad de ingeniería
v_cond_adjacent = Adyacente a nuestro producto, complementario
v_cond_not_core = No es esencial para la diferenciación
v_cond_strong_partner = Un socio sólido atiende a nuestro ICP
v_cond_economics = La economía del socio es positiva
v_cond_critical = Crítico para la posición en el mercado
v_cond_build_months = Desarrollarlo llevaría > 18 meses ({ $n } meses)
v_cond_target = Existe un objetivo de adquisición dentro del presupuesto
v_cond_new_market = Entrada en una nueva geografía o sector
v_cond_local_presence = Un socio tiene relaciones y presencia local
v_branch_jv = { $kind } (con posible empresa conjunta)
v_overdue_by = vencida hace { $n ->
    [one] { $n } día
   *[other] { $n } días
}
v_verdict_supports = La matriz respalda { $kind }.
v_verdict_none = La matriz no respalda ninguna opción con estos criterios; se declara { $kind }.
v_verdict_other = La matriz respalda { $supported }, no { $kind }, que es lo declarado.
v_or_sep = {" o "}

## Economía del programa
v_fig_roi = ROI
v_fig_roi_detail = (retorno − coste del programa) ÷ coste del programa
v_fig_program_cost = Coste del programa
v_fig_program_cost_detail = partidas de coste + MDF + pagos a socios, por año
v_fig_return = Retorno
v_fig_return_detail = { $arr } de ARR aportado por socios × { $margin } de margen bruto
v_fig_partner_cac = CAC de socios
v_fig_arr_source = Σ arr de { $n ->
    [one] { $n } socio
   *[other] { $n } socios
}
v_fig_partner_arr = ARR aportado por socios
v_fig_gross_margin = Margen bruto
v_fig_win_rate = Tasa de cierre
v_fig_win_rate_detail = program.win_rate: parte del pipeline que se espera cerrar en 12 meses
v_fig_direct_cac = CAC directo
v_fig_new_customers = Nuevos clientes vía socios
v_fig_new_customers_detail = Σ new_customers de los socios, últimos 12 meses
v_not_given = no indicado
v_not_computable = no calculable
v_cost_mdf = Fondos de desarrollo de marketing (MDF)
v_cost_payouts = Pagos a socios (comisiones por referencia, márgenes de reventa)
v_slice_no_model = Sin modelo
v_slice_not_given = No indicado
v_by_tier = Por nivel
v_by_tier_pipeline = Pipeline por nivel
v_by_tier_arr = ARR aportado por socios, por nivel
v_by_landscape = Por categoría del panorama
v_by_landscape_pipeline = Pipeline por categoría del panorama
v_by_landscape_arr = ARR aportado por socios, por categoría del panorama
v_by_model = Por modelo (el primero indicado)
v_by_model_pipeline = Pipeline por modelo (el primero indicado)
v_by_model_arr = ARR aportado por socios, por modelo (el primero indicado)
v_by_geography = Por geografía (la primera indicada)
v_by_geography_pipeline = Pipeline por geografía (la primera indicada)
v_by_geography_arr = ARR aportado por socios, por geografía (la primera indicada)

## Historial
v_hist_arr_title = ARR aportado por socios frente a la trayectoria de la tesis
v_hist_required = Necesario este año (trayectoria de la tesis)
v_hist_pipeline = Pipeline
v_hist_okrs_title = Avance medio de los OKR
v_hist_score_title = Puntuación a lo largo de las instantáneas
v_hist_score = Puntuación
v_hist_not_in_plan = fuera del plan

## Panorama de socios
v_band_from = puntuación ≥ { $score }
v_band_below = menos de { $score }
v_factor_short_icp = ICP
v_factor_short_influence = Influencia
v_factor_short_practice = Práctica
v_factor_short_appetite = Interés
v_factor_short_revenue = Ingresos
v_factor_head = { $factor } (peso { $weight })
v_land_a_title = Socios estratégicos
v_land_a_target = Objetivo Platino
v_land_b_title = Socios de crecimiento
v_land_b_target = Objetivo Oro
v_land_c_title = Socios de cola larga y registrados
v_land_c_target = Plata o Registrado

## OKR y hoja de ruta
v_bar_objective_progress = avance del objetivo
v_bar_kr_progress = avance del resultado clave
v_kr_not_measured = Sin medir
v_kr_achieved = ✓ Logrado
v_quarter_status = Estado de los elementos de { $quarter }
v_quarter_summary = { $done } de { $n ->
    [one] { $n } elemento completado
   *[other] { $n } elementos completados
}

## Páginas de socios
v_crumb_landscape = Panorama { $landscape }
v_chip_locked = Vinculado a un competidor
v_chip_inbound = Entrante
v_note_above_priority = { $points } puntos por encima del umbral prioritario ({ $line })
v_note_below_priority = { $points } puntos por debajo del umbral prioritario ({ $line })
v_note_above_secondary = { $points } puntos por encima del umbral secundario ({ $line })
v_note_below_secondary = { $points } puntos por debajo del umbral secundario ({ $line })
v_sensitivity = { $change }: pasaría de { $from } a { $to } ({ $score })
v_fact_category = Categoría
v_fact_practice = Práctica
v_fact_geography = Geografía
v_fact_models = Modelos
v_none = Ninguno
v_fact_current_tier = Nivel actual
v_fact_target_tier = Nivel objetivo
v_fact_pipeline = Pipeline anual
v_fact_certified = Personas certificadas
v_fact_dedicated_practice = Práctica dedicada
v_fact_mdf = MDF por año
v_fact_pam = Nuestro PAM
v_fact_terms = Condiciones comerciales
v_fact_last_qbr = Última QBR
v_fact_last_tier_review = Última revisión de nivel
v_counter_locked = Vinculado a { $competitors }: desarrollar un contrarrelato y acercarse a socios afines.
v_counter_available = Disponible: ningún competidor tiene este socio. Captarlo primero.
v_counter_contested = Desatendido: en manos de { $n ->
    [one] { $n } competidor
   *[other] { $n } competidores
} sin exclusividad. Captarlo a continuación.
v_role_considered = Socio considerado
v_role_mentioned = Mencionado en la justificación
v_overdue_line = { $kind } vencía el { $date } ({ $n ->
    [one] { $n } día
   *[other] { $n } días
} de retraso)

## Adecuación al nivel, compromisos y niveles
v_fit_not_recorded = sin registrar
v_fit_commitments = Compromisos
v_fit_commitments_value = plan { $plan }, { $n } acciones GTM
v_req_yes = sí
v_req_signed = firmado
v_commit_jbp = Plan de negocio conjunto
v_commit_qbr = Revisión trimestral de negocio
v_commit_gtm = Acciones GTM conjuntas por año
v_commit_pam = PAM designado en el socio
v_req_gtm = Acciones GTM conjuntas
v_req_gtm_value = ≥ { $n } por año
v_req_cadence = Frecuencia de revisión
v_req_deal_registration = Registro de oportunidades
v_req_deal_registration_value = en { $n ->
    [one] { $n } día hábil
   *[other] { $n } días hábiles
}
v_req_pam = Socios por PAM
v_req_pam_value = como máximo { $n }

## Tesis
v_rationale_market_velocity_gap = Brecha de velocidad en el mercado
v_rationale_credibility_gap = Brecha de credibilidad
v_rationale_delivery_gap = Brecha de capacidad de entrega
v_rationale_geographic_gap = Brecha geográfica
v_rationale_cost_efficiency = Eficiencia de costes
v_rationale_competitive_pressure = Presión competitiva

## El script del sitio
v_js_no_results_for = No hay resultados para «%q»
v_js_loading = Cargando…
v_js_all_results = Todos los resultados →
v_js_no_results = No hay resultados.
v_js_scrolls = tabla, se desplaza en horizontal
v_js_anchor = Enlace a esta sección
