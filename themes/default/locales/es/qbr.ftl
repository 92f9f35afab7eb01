# El dosier interno de QBR de un partner (src/qbr/): `partnerbook qbr`, `build --qbr`.
qbr_title = {$partner}: revisión de negocio trimestral ({$company})
qbr_subject = Revisión de negocio trimestral interna con {$partner}
qbr_keyword = QBR
qbr_running_header = {$partner} · QBR · {$date}
qbr_internal = Confidencial: interno, no para el partner
qbr_cover_title = Revisión de negocio trimestral: {$partner}
qbr_cover_subtitle = Nota interna para el equipo de cuenta y el patrocinador ejecutivo
qbr_cover_tier = Partner {$tier} · {$status}
qbr_next = Próxima QBR: {$date} ({$cadence} tras la última, {$last})
qbr_next_overdue = La próxima QBR vencía el {$date} ({$cadence} tras la última, {$last}): atrasada
qbr_next_none = Próxima QBR: aún no se ha celebrado ninguna; programar la primera
qbr_not_scheduled = Sin programar

## Página uno: la relación
qbr_relationship_title = {$partner}: la relación
qbr_headline = Partner {$tier}, {$status}, puntuación {$score} (banda {$band}). {$distance}
qbr_tile_tier = Nivel
qbr_tile_supports = el plan respalda {$tier}
qbr_tile_score = Puntuación
qbr_tile_rank = puesto {$rank} de {$of}
qbr_tile_pipeline = Pipeline anual
qbr_tile_range = rango del nivel {$range}
qbr_tile_arr = ARR aportado
qbr_tile_arr_caption = de los clientes de este partner
qbr_tile_next_qbr = Próxima QBR
qbr_tile_last = última {$date}
qbr_tile_overdue = atrasada
qbr_review_promotion = La revisión de niveles recomienda el ascenso a {$tier}
qbr_review_demotion = La revisión de niveles recomienda el descenso a {$tier}
qbr_distance_title = Distancia al nivel {$tier}
qbr_keeping_title = Mantener {$tier}: los requisitos del nivel
qbr_status_note = ● Cumplido, ■ Falta: cada requisito tal como lo fija el marco de niveles (tiers.yaml).
qbr_col_requirement = Requisito
qbr_col_partner = Partner
qbr_col_tier_needs = Exige {$tier}
qbr_col_missing = Falta

## Orden del día
qbr_agenda_title = Orden del día propuesto
qbr_agenda_lead = { $n ->
    [one] {$n} punto, a partir de las brechas, revisiones y riesgos de este dosier.
   *[other] {$n} puntos, a partir de las brechas, revisiones y riesgos de este dosier, lo más urgente primero.
}
qbr_agenda_promotion = Acordar el ascenso a {$tier} que recomienda la revisión de niveles.
qbr_agenda_demotion = Tratar el descenso a {$tier} recomendado y qué lo evitaría.
qbr_agenda_restore = Recuperar los requisitos del nivel {$tier}: {$missing}.
qbr_agenda_meets_next = Se cumplen todos los requisitos del nivel {$tier}: acordar el paso a {$tier}.
qbr_agenda_close_gap = Planificar el camino a {$tier}: aún faltan {$missing}.
qbr_agenda_overdue = {$kind} atrasada desde el {$date} ({$n} días).
qbr_agenda_item = Hoja de ruta: {$item} está {$status}.
qbr_agenda_item_due = Hoja de ruta: {$item} está {$status} (vence {$due}).
qbr_agenda_kr = Resultado clave {$status}: {$kr}.
qbr_agenda_decision_proposed = La decisión {$id} ({$title}) está propuesta: acordar la parte del partner.
qbr_agenda_decision_review = La decisión {$id} ({$title}) debía revisarse el {$date}.
qbr_agenda_locked = Exposición competitiva: exclusivo con {$competitors}; acordar qué podemos hacer aún juntos.
qbr_agenda_contested = { $n ->
    [one] Exposición competitiva: {$competitors} también trabaja con ellos; ¿dónde ganamos juntos?
   *[other] Exposición competitiva: {$competitors} también trabajan con ellos; ¿dónde ganamos juntos?
}
qbr_agenda_sponsor = Nombrar un patrocinador ejecutivo en ambas partes.
qbr_agenda_pipeline = Revisión del pipeline ({$pipeline} este año) y el plan GTM conjunto del próximo trimestre.
qbr_agenda_next_qbr = Acordar la fecha y los responsables de la próxima QBR.

## Compromisos y beneficios
qbr_commitments_section = Compromisos y beneficios
qbr_commitments_title = Compromisos frente al nivel {$tier}
qbr_commitments_met = Cumple todos los requisitos del nivel {$tier}.
qbr_commitments_short = Por debajo del nivel {$tier} en: {$missing}.
qbr_tier_commitments = A qué se comprometen los partners {$tier}
qbr_benefits_title = Beneficios
qbr_tier_benefits = Qué ofrece {$tier}
qbr_col_benefit = Beneficio
qbr_col_tier_gives = Ofrece el nivel
qbr_benefit_mdf = MDF al año
qbr_benefit_pam = Partner account manager (nuestro)
qbr_benefit_deal_registration = Registro de oportunidades
qbr_no_pam = ninguno designado
qbr_pam_shared = { $n ->
    [one] {$pam}
   *[other] {$pam} (compartido por {$n} partners de este nivel)
}
qbr_pam_limit = { $n ->
    [one] un PAM por partner
   *[other] un PAM para {$n} partners como máximo
}
qbr_days = { $n ->
    [one] en {$n} día hábil
   *[other] en {$n} días hábiles
}

## Rendimiento
qbr_performance_title = Rendimiento
qbr_history_lead = Pipeline, ARR y puntuación en cada versión del plan, y hoy.
qbr_history_moved = Desde {$since}: pipeline {$pipeline_then} → {$pipeline_now}, ARR {$arr_then} → {$arr_now}, puntuación {$score_then} → {$score_now}.
qbr_history_none = No hay versiones anteriores del plan: la tendencia empieza con la próxima revisión etiquetada.
qbr_chart_pipeline_arr = Pipeline y ARR aportado
qbr_series_pipeline = Pipeline
qbr_series_arr = ARR
qbr_chart_score = Puntuación de atractivo
qbr_series_score = Puntuación
qbr_col_score = Puntuación
qbr_col_band = Banda
qbr_col_tier = Nivel
qbr_col_arr = ARR
qbr_not_in_plan = aún no en el plan
qbr_roadmap_title = Elementos conjuntos de la hoja de ruta
qbr_roadmap_none = Ningún elemento de la hoja de ruta nombra a este partner.
qbr_col_quarter = Trimestre
qbr_col_item = Elemento
qbr_col_due = Vence
qbr_col_owner = Responsable
qbr_krs_title = Resultados clave que impulsan estos elementos
qbr_krs_none = Ningún elemento de este partner impulsa un resultado clave.

## Gobernanza y competencia
qbr_governance_title = Gobernanza y competencia
qbr_notes_title = Notas del equipo de cuenta
qbr_notes_lead = Escritas en la ficha del socio; internas, nunca en el paquete para el socio.
qbr_sponsors_title = Patrocinadores y cadencia
qbr_sponsors_none = No hay patrocinador ejecutivo asignado a este partner.
qbr_col_partner_executive = Directivo del partner
qbr_col_our_counterpart = Nuestro interlocutor
qbr_col_cadence = Cadencia
qbr_decisions_title = Decisiones que nombran a este partner
qbr_decisions_none = Ninguna decisión nombra a este partner.
qbr_col_decision = Decisión
qbr_col_title = Título
qbr_col_kind = Tipo
qbr_col_review = Revisión
qbr_competition_title = Exposición competitiva
qbr_competition_locked = Exclusivo con {$competitors}: no es un objetivo disponible.
qbr_competition_none = Ningún mapa de partners de un competidor incluye a este partner.
qbr_competition_contested = { $n ->
    [one] Un competidor también trabaja con ellos, sin exclusividad.
   *[other] {$n} competidores también trabajan con ellos, sin exclusividad.
}
qbr_col_competitor = Competidor
qbr_col_model = Modelo
qbr_col_strength = Su fortaleza
qbr_col_exclusive = Exclusivo
qbr_exclusive = Exclusivo
qbr_not_exclusive = No
