# Las páginas del plan en español (completas respecto a locales/en/plan.ftl).

## thesis.html
thesis_eyebrow = Estrategia
thesis_title = Tesis de alianzas
thesis_forecast_title = ¿Vamos por buen camino?
thesis_economics_link = Economía del programa
thesis_rationale_title = Por qué alianzas
thesis_models_title = Modelos prioritarios
thesis_model_objectives = Objetivos:
thesis_partner_types = Tipos de socios
thesis_icps = Perfiles de cliente ideal
thesis_markets = Mercados
thesis_context = Contexto

## models.html
models_eyebrow = Estrategia
models_title = Modelos de alianza
models_lede = Los modelos que usa el programa, cómo genera ingresos cada uno y qué socios trabajan con él. Los modelos prioritarios aparecen primero en la tesis.
models_priority = Prioridad { $rank }
models_definition = Definición
models_best_for = Ideal para
models_revenue_mechanism = Mecanismo de ingresos
models_term_ranges = Rangos de condiciones
models_because = Por qué lo priorizamos
models_partner_count = { $n ->
    [one] { $n } socio
   *[other] { $n } socios
}
models_more = y { $n } más

## landscape.html
landscape_eyebrow = Socios
landscape_title = Panorama de socios
landscape_lede = { $total ->
        [one] { $total } socio clasificado
       *[other] { $total } socios clasificados
    } según su valor estratégico. El atractivo siempre se calcula: las valoraciones de los cinco factores multiplicadas por sus pesos.
landscape_distribution_title = Distribución de puntuaciones
landscape_group_count = { $n ->
    [one] { $n } socio
   *[other] { $n } socios
}
landscape_category_more = y { $n } más en la clasificación
landscape_group_empty = No hay socios en este segmento del panorama.
landscape_scorecard_title = Clasificación por puntuación
landscape_scorecard_sort_hint = Haga clic en una columna para ordenar
landscape_col_partner = Socio
landscape_col_landscape = Panorama de socios
landscape_col_landscape_short = P
landscape_col_category = Categoría
landscape_col_tier = Nivel
landscape_col_target = Nivel objetivo
landscape_col_score = Puntuación
landscape_col_band = Franja
landscape_col_pipeline = Pipeline
landscape_col_status = Estado

## near_line.html
near_line_eyebrow = Análisis
near_line_title = Casos límite
near_line_lede = Socios a { $points } puntos o menos de un umbral de franja, y socios que cambiarían de franja si un solo peso variara ±{ $step } puntos (con los demás pesos reajustados para sumar 100).
near_line_near_title = A { $points } puntos o menos de un umbral
near_line_col_partner = Socio
near_line_col_score = Puntuación
near_line_col_threshold = Umbral
near_line_col_distance = Distancia
near_line_col_band = Franja
near_line_near_shown = Los { $shown } más cercanos de { $total } socios próximos a un umbral.
near_line_near_empty = Ningún socio está a { $points } puntos o menos de un umbral.
near_line_sensitivity_title = Sensibilidad a los pesos
near_line_col_if = Si
near_line_col_band_now = Franja actual
near_line_col_would_become = Pasaría a
near_line_col_new_score = Nueva puntuación
near_line_sensitive_shown = Los primeros { $shown } de { $total } cambios de franja, empezando por los socios mejor posicionados.
near_line_sensitive_empty = Ningún socio cambia de franja cuando un peso varía { $step } puntos.

## okrs.html
okrs_eyebrow = Ejecución
okrs_title = Objetivos y resultados clave
okrs_lede = El progreso de cada resultado clave va de su valor inicial a su meta. Se señalan los resultados clave que ningún elemento de la hoja de ruta impulsa.
okrs_serves = Contribuye a
okrs_kr_from = inicio { $value }
okrs_kr_now = actual
okrs_kr_target = meta
okrs_kr_due = vence el { $date }
okrs_kr_roadmap = Hoja de ruta:
okrs_kr_orphan_title = Ningún elemento de la hoja de ruta impulsa este resultado clave
okrs_kr_orphan = Fuera de la hoja de ruta

## roadmap.html
roadmap_eyebrow = Ejecución
roadmap_title = Hoja de ruta de alianzas { $year }
roadmap_partners = Socios
roadmap_key_results = Resultados clave
roadmap_decisions = Decisiones
roadmap_owner = Responsable: { $owner }
roadmap_quarter_empty = Nada planificado.
roadmap_later_title = Después de { $year }
roadmap_later_empty = Aún no hay nada planificado.

## decisions.html
decisions_eyebrow = Ejecución
decisions_title = Registro de decisiones
decisions_lede = Cada decisión de desarrollar, asociarse o adquirir, contrastada con la matriz de decisión. Las revisiones son trimestrales.
decisions_col_id = ID
decisions_col_decision = Decisión
decisions_col_outcome = Resultado
decisions_col_status = Estado
decisions_col_partner_considered = Socio considerado
decisions_col_decided = Fecha de decisión
decisions_col_review = Revisión
decisions_col_matrix = Matriz
decisions_overdue = Vencida

## decision.html
decision_eyebrow = Decisión { $code }
decision_review_late = Revisión { $late }
decision_rationale = Justificación
decision_matrix = Matriz de decisión
decision_override = Excepción a la matriz
decision_joint_venture = Nueva geografía o vertical con un socio local: considere una empresa conjunta si el volumen de ingresos lo justifica.
decision_branch_applies = Se cumple
decision_branch_not_applies = No se cumple
decision_condition_met = (sí)
decision_condition_unmet = (no)
decision_details = Detalles
decision_outcome = Resultado
decision_partner_considered = Socio considerado
decision_acquisition_target = Objetivo de adquisición
decision_decided = Fecha de decisión
decision_review_date = Fecha de revisión
decision_supersedes = Sustituye a
decision_superseded_by = Sustituida por
decision_roadmap_items = Elementos de la hoja de ruta
decision_item_due = vence el { $date }
decision_no_roadmap_items = No figura en ningún elemento de la hoja de ruta.

## governance.html
governance_eyebrow = Ejecución
governance_title = Gobernanza
governance_lede = Quién decide qué en el programa de socios y quién es el patrocinador ejecutivo de cada socio estratégico.
governance_raci_title = Derechos de decisión (RACI)
governance_col_decision = Decisión
governance_raci_responsible = Responsable
governance_raci_accountable = Aprobador
governance_raci_consulted = Consultado
governance_raci_informed = Informado
governance_sponsors_title = Patrocinadores ejecutivos
governance_col_partner = Socio
governance_col_tier = Nivel
governance_col_partner_executive = Directivo del socio
governance_col_our_counterpart = Nuestro interlocutor
governance_col_cadence = Frecuencia de la relación
governance_missing_sponsor = Socios Platinum sin patrocinador

## reviews.html
reviews_eyebrow = Análisis
reviews_title = Revisiones vencidas
reviews_lede = Revisiones de decisiones, QBR y revisiones de nivel cuya fecha ya pasó a { $today }.
reviews_col_review = Revisión
reviews_col_item = Elemento
reviews_col_tier = Nivel
reviews_col_was_due = Vencía el
reviews_col_late_by = Retraso
reviews_empty = No hay nada vencido.

## validation.html
validation_eyebrow = Análisis
validation_title = Validación
validation_lede = { $files ->
        [one] { $files } archivo comprobado
       *[other] { $files } archivos comprobados
    } según las reglas del programa: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errores
    }, { $warnings ->
        [one] { $warnings } advertencia
       *[other] { $warnings } advertencias
    }.
validation_lede_explain_before = Ejecute
validation_lede_explain_after = para ver qué comprueba una regla.
validation_col_severity = Gravedad
validation_col_where = Ubicación
validation_col_rule = Regla
validation_col_finding = Hallazgo
validation_all_pass = Se cumplen todas las reglas
validation_all_pass_text = El plan no tiene errores ni advertencias.

## handbook_section.html
handbook_section_eyebrow = Manual
handbook_section_pages = Páginas
handbook_section_sections = Secciones

## handbook_page.html
handbook_page_eyebrow = Manual
handbook_page_pager_label = Páginas anterior y siguiente
handbook_page_previous = Anterior
handbook_page_next = Siguiente
handbook_page_toc = En esta página
