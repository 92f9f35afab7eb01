# Marco de las páginas, panel, páginas de socios, búsqueda, «Qué ha cambiado» y plantillas
# parciales en español (completos respecto a locales/en/home.ftl).

## base.html
base_skip = Saltar al contenido
base_open_nav = Abrir navegación
base_search_placeholder = Buscar socios, decisiones, manual…
base_search_label = Buscar en el manual
base_search_results = Resultados de búsqueda
base_board_pack = Dossier del consejo
base_nav_label = Manual
base_breadcrumb = Ruta de navegación
base_home = Inicio
base_footer_generated = generado por partnerbook a partir del plan
base_footer_reviews = Revisiones a fecha de { $date }

## home.html
home_eyebrow = Programa de socios
home_title = Panel de alianzas
home_board_summary = Resumen para el consejo
home_board_meeting = reunión del { $meeting }
home_board_pack_pdf = Dossier del consejo (PDF)
home_board_caption = Resultados frente al plan { $year }
home_board_measure = Indicador
home_board_actual = Real
home_board_plan = Plan
home_board_variance = Desviación
home_board_since = Desde { $since }
home_board_status = Estado
home_for_decision = Para decisión
home_no_asks = Ninguna en esta reunión.
home_risks = Riesgos
home_risk_owner = responsable: { $owner }
home_more_risks = { $n ->
    [one] { $n } riesgo más en el registro de riesgos del dossier del consejo.
   *[other] { $n } riesgos más en el registro de riesgos del dossier del consejo.
}
home_no_risks = No hay riesgos que informar en esta reunión.
home_thesis = Tesis de alianzas
home_thesis_more = Justificación, modelos y contexto
home_kpis = Cifras clave
home_north_star = Métrica estrella
home_kpi_since = desde { $since }
home_forecast_title = Previsión frente a la tesis
home_economics_link = Economía del programa
home_attention = Requiere atención
home_partners_by_tier = Socios por nivel
home_score_distribution = Distribución de puntuaciones
home_top_title = Mejores puntuaciones
home_all_partners = Todos los socios ({ $n })
home_top_partner = Socio
home_top_score = Puntuación
home_top_band = Franja
home_top_tier = Nivel
home_validation = Validación
home_full_report = Informe completo
home_all_rules_pass = Se cumplen todas las reglas
home_no_findings = El plan no tiene errores ni advertencias.
home_errors = { $n ->
    [one] { $n } error
   *[other] { $n } errores
}
home_warnings = { $n ->
    [one] { $n } advertencia
   *[other] { $n } advertencias
}
home_more_diagnostics = { $n ->
    [one] { $n } hallazgo más en el informe completo
   *[other] { $n } hallazgos más en el informe completo
}

## partner.html
partner_eyebrow = Socio
partner_rank = posición { $rank } de { $of }
partner_not_ranked = retirado, sin posición
partner_score_breakdown = Desglose de la puntuación
partner_factor = Factor
partner_weight = Peso
partner_rating = Valoración
partner_points = Puntos
partner_attractiveness_score = Puntuación de atractivo
partner_sensitive = Sensible a los pesos
partner_near_line_link = Análisis de casos límite
partner_tier_fit = Adecuación al nivel
partner_current_tier = Nivel actual
partner_plan_supports = el plan respalda
partner_criterion = Criterio
partner_col_partner = Socio
partner_supports = Respalda
partner_recommend_promotion = Se recomienda ascender
partner_recommend_demotion = Se recomienda descender
partner_recommend_to = a
partner_next_tier = Distancia al siguiente nivel
partner_next_tier_is = Siguiente nivel
partner_requirement = Requisito
partner_next_needs = Exige el siguiente nivel
partner_missing = Falta
partner_req_status = Estado
partner_qbr_pack = Dosier de QBR (PDF)
partner_commitments = Compromisos
partner_commitment = Compromiso
partner_tier_requires = Exigido por el nivel
partner_met = Cumplido
partner_not_met = No cumplido
partner_competitors_holding = Competidores presentes en { $name }
partner_via = vía
partner_exclusive = Exclusivo
partner_not_exclusive = No exclusivo
partner_no_competitor = Ningún competidor trabaja con este socio.
partner_alternatives = Alternativas cercanas:
partner_history = Historial
partner_history_link = Historial del programa
partner_snapshot = Instantánea
partner_score = Puntuación
partner_band = Franja
partner_tier = Nivel
partner_pipeline = Pipeline
partner_arr = ARR
partner_notes = Notas
partner_profile = Perfil
partner_executive_sponsor = Patrocinador ejecutivo
partner_partner_executive = Directivo del socio
partner_our_counterpart = Nuestro interlocutor
partner_cadence = Frecuencia
partner_sponsor_map = Mapa de patrocinadores
partner_sponsor_required = Un socio Platinum necesita un patrocinador ejecutivo.
partner_no_sponsor = Sin patrocinador ejecutivo asignado.
partner_decisions = Decisiones
partner_no_decision = Ninguna decisión menciona a este socio.
partner_roadmap_items = Elementos de la hoja de ruta
partner_due = vence el { $due }
partner_no_roadmap = No figura en ningún elemento de la hoja de ruta.
partner_overdue = Vencido

## search.html
search_eyebrow = Buscar
search_title = Buscar en el manual
search_lede = Socios, decisiones, competidores y páginas del manual.
search_placeholder = Escribe para buscar…
search_input_label = Buscar
search_needs_js = La búsqueda requiere JavaScript.

## changes.html
changes_eyebrow = Análisis
changes_title = Qué ha cambiado desde { $since }
changes_lede = Socios, puntuaciones, niveles, decisiones, OKR, hoja de ruta, gobernanza y hallazgos de las reglas que han cambiado desde { $since }, en términos de negocio.
changes_none = Sin cambios en el plan desde { $since }.

## macros.html
macros_linked_from = Enlazado desde

## partials/forecast.html
forecast_forecast = Previsión
forecast_target_path = Trayectoria objetivo
forecast_caption = Trayectoria objetivo y previsión del ARR generado por socios
forecast_year = Año

## partials/scorecard_rows.html
scorecard_rows_exited = retirado
home_ask_recommendation = { $recommendation }; { $matrix }.
partner_band_note = { $note }.
