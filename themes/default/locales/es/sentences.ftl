# Frases y etiquetas que el código Rust escribe para el sitio y el dosier del consejo.

## Listas
s_list_and_pair = {$a} y {$b}
s_list_and_middle = {$a}, {$b}
s_list_and_end = {$a} y {$b}
s_list_or = {$a} o {$b}
s_reason_sep = {"; "}
s_sentence_sep = {" "}

## Titular del resumen para el consejo
s_headline = {$lead}. Cuadro de mando: {$rest}; {$asks}.
s_headline_plan_not_set = Plan sin definir
s_headline_above = {$verdict}: el ARR originado por socios se prevé en {$actual} para {$year}, {$diff} por encima del plan de este año ({$plan})
s_headline_behind = {$verdict}: el ARR originado por socios se prevé en {$actual} para {$year}, {$diff} por debajo del plan de este año ({$plan})
s_headline_behind_closing = {$verdict}: el ARR originado por socios se prevé en {$actual} para {$year}, {$diff} por debajo del plan de este año ({$plan}); {$pipeline} más de pipeline de socios activos cerraría la brecha
s_headline_no_forecast = No se puede calcular el plan de ARR originado por socios de este año (la previsión necesita el objetivo de la tesis, la tasa de cierre y el ARR originado por socios)
s_headline_all_on_plan = todas las demás cifras están en plan
s_headline_off_track = { $off ->
    [one] {$off} cifra desviada
   *[other] {$off} cifras desviadas
}
s_headline_at_risk = { $risk ->
    [one] {$risk} cifra en riesgo
   *[other] {$risk} cifras en riesgo
}
s_headline_off_and_at_risk = { $off ->
    [one] {$off} cifra desviada
   *[other] {$off} cifras desviadas
} y {$risk} en riesgo
s_headline_no_ask = no se pide ninguna decisión
s_headline_asks_decisions = { $decisions ->
    [one] se pide al consejo {$decisions} decisión
   *[other] se pide al consejo {$decisions} decisiones
}
s_headline_asks_moves = { $moves ->
    [one] se pide al consejo aprobar {$moves} cambio de nivel
   *[other] se pide al consejo aprobar {$moves} cambios de nivel
}
s_headline_asks_both = se pide al consejo { $decisions ->
    [one] {$decisions} decisión
   *[other] {$decisions} decisiones
} y aprobar { $moves ->
    [one] {$moves} cambio de nivel
   *[other] {$moves} cambios de nivel
}

## Cuadro de mando
s_measure_arr = ARR originado por socios, previsión {$year}
s_measure_pipeline = Pipeline de socios
s_measure_share_forecast = Cuota de socios en el ARR, previsión {$year}
s_measure_share = Cuota de socios en el ARR
s_measure_roi = ROI del programa
s_measure_platinum = Socios Platino firmados
s_measure_okrs = Progreso medio de los OKR
s_measure_roadmap = Elementos de la hoja de ruta completados
s_basis_share_path = previsión y plan ÷ ARR de la empresa en su trayectoria lineal hacia el objetivo
s_basis_arr_path = previsión = ARR actual + tasa de cierre × pipeline; plan = la trayectoria hasta {$target} en {$year}
s_basis_thesis_path = la trayectoria de la tesis
s_basis_key_result = resultado clave: {$text}
s_basis_coverage = el pipeline que cubre el plan de ARR de este año a la tasa de cierre
s_basis_break_even = plan: recuperar al menos el coste del programa
s_basis_year_end = cada resultado clave medido en su objetivo a fin de año
s_basis_roadmap = plan = elementos que vencen antes de la reunión
s_basis_roadmap_at_risk = plan = elementos que vencen antes de la reunión; {$n} en riesgo
s_points = {$n} p. p.
s_line_of = {$actual} de {$total}
s_no_plan = Sin plan
s_plan_break_even = ≥ {$zero} (punto de equilibrio)
s_plan_due_by = {$expected} esperado hoy · {$full} al {$date}
s_plan_due_year_end = {$expected} esperado hoy · {$full} a fin de año

## Asuntos para el consejo
s_matrix_build = Desarrollar
s_matrix_partner = Asociarse
s_matrix_acquire = Adquirir
s_ask_tier_title = Revisión de nivel: {$from} → {$to}
s_ask_promote = Subir a {$tier}
s_ask_move_down = Bajar a {$tier}
s_ask_tier_supports = el marco de niveles lo respalda
s_ask_matrix_supports = la matriz respalda «{$kind}»
s_ask_matrix_none = la matriz no respalda ninguna opción: hay que revisar los criterios
s_ask_matrix_points = la matriz apunta en cambio a {$kinds}
s_ask_approve = Aprobar: {$kind}
s_ask_approve_with = Aprobar: {$kind} con {$partner}

## Riesgos
s_days = { $n ->
    [one] {$n} día
   *[other] {$n} días
}
s_months = { $n ->
    [one] {$n} mes
   *[other] {$n} meses
}
s_risk_roadmap_overdue = El elemento «{$item}» de la hoja de ruta (T{$quarter}) lleva {$late} de retraso
s_risk_roadmap_at_risk = El elemento «{$item}» de la hoja de ruta (T{$quarter}) está en riesgo
s_risk_okr_behind = El resultado clave «{$kr}» va por el {$progress}, frente al {$expected} esperado a esta fecha
s_risk_a_competitor = un competidor
s_risk_locked = {$partner} (objetivo prioritario, puntuación {$score}) está vinculado en exclusiva a {$competitor}: abordar en su lugar a sus socios adyacentes
s_risk_below_tier_certified = { $n ->
    [one] {$partner} no cumple los requisitos del nivel {$tier}: necesita {$n} persona certificada más
   *[other] {$partner} no cumple los requisitos del nivel {$tier}: necesita {$n} personas certificadas más
}
s_risk_below_tier_commitments = {$partner} no cumple los requisitos del nivel {$tier}: necesita los compromisos del nivel
s_risk_below_tier_both = { $n ->
    [one] {$partner} no cumple los requisitos del nivel {$tier}: necesita {$n} persona certificada más y los compromisos del nivel
   *[other] {$partner} no cumple los requisitos del nivel {$tier}: necesita {$n} personas certificadas más y los compromisos del nivel
}
s_risk_pam_overloaded = El gestor de socios {$pam} lleva {$n} socios {$tier}, más de los {$max} que promete el nivel
s_risk_decision_review = {$id} «{$title}» lleva {$late} pasada su fecha de revisión
s_owner_not_named = sin designar
s_severity_high = Alta
s_severity_medium = Media
s_severity_low = Baja

## Portada

## Economía del programa
s_gap_not_given = no indicado
s_gap_not_computable = no calculable
s_gap_write_plan = indicar {$field} en plan.yaml
s_gap_write_partners = indicar {$field} en las fichas de socios
s_gap_zero_program_cost = el coste del programa es 0
s_gap_zero_new_customers = los nuevos clientes de los socios son 0
s_gap_zero = {$what} es 0
s_gap_describe = {$label} ({$reason})
s_path_now = Hoy
s_path_end_of = Fin de {$year}
s_verdict_reaches = {$verdict}: la previsión de {$year} de {$forecast} de ARR originado por socios alcanza los {$required} requeridos este año.
s_verdict_reaches_path = {$verdict}: la previsión de {$year} de {$forecast} de ARR originado por socios alcanza los {$required} requeridos este año, en la trayectoria hacia el objetivo de la tesis de {$target} a finales de {$target_year}.
s_verdict_short = {$verdict}: la previsión de {$year} de {$forecast} de ARR originado por socios se queda {$shortfall} por debajo de los {$required} requeridos este año.
s_verdict_short_path = {$verdict}: la previsión de {$year} de {$forecast} de ARR originado por socios se queda {$shortfall} por debajo de los {$required} requeridos este año, en la trayectoria hacia el objetivo de la tesis de {$target} a finales de {$target_year}.
s_verdict_none = No se puede calcular la previsión: {$gap}.
s_forecast_basis = {$now} hoy + {$win} de {$pipeline} de pipeline
s_roi_sentence = El programa genera {$returns} de beneficio bruto sobre el ARR originado por socios con un coste de {$cost}: un ROI del {$roi}.
s_roi_none = No se puede calcular el ROI: {$gap}.
s_cac_below = {$cac} por cliente originado por socios, por debajo de los {$direct} de la venta directa
s_cac_above = {$cac} por cliente originado por socios, por encima de los {$direct} de la venta directa
s_cac_no_direct = {$cac} por cliente originado por socios; CAC directo {$gap}
s_cac_none = CAC de socios {$gap}

## Encaje en el nivel
s_range_none = sin objetivo
s_range_at_least = al menos {$min}
s_range_below = menos de {$max}
s_range_exactly = exactamente {$min}
s_range_between = de {$min} hasta {$max} sin incluirlo
s_tier_reason_pipeline = pipeline de {$amount} dentro del rango del nivel {$tier} ({$range})
s_tier_reason_certified_short = { $n ->
    [one] {$n} persona certificada, {$tier} exige {$required}
   *[other] {$n} personas certificadas, {$tier} exige {$required}
}
s_tier_reason_commitments = no cumple los compromisos del nivel {$tier}
s_tier_reason_meets = cumple la certificación ({$have} ≥ {$required}) y los compromisos del nivel {$tier}

## Revisiones vencidas
s_overdue_decision_review = Revisión de decisión
s_overdue_qbr = QBR
s_overdue_tier_review = Revisión de nivel

## Cambios desde la última reunión del consejo; comprobación de las versiones
s_delta_none = sin cambios
s_check_clean = sin incidencias
s_check_warnings = { $n ->
    [one] {$n} advertencia
   *[other] {$n} advertencias
}
s_check_errors = { $n ->
    [one] {$n} error
   *[other] {$n} errores
}

## Tesis
s_thesis_title = TESIS DE ALIANZAS — {$company}
s_thesis_defined_share = una cuota definida
s_thesis_partners = socios
s_thesis_channel = { $years ->
    [one] Construiremos un canal de ingresos liderado por socios que aportará {$share} del ARR total en {$years} año, asociándonos con {$types} que atienden a {$icps} en {$markets}.
   *[other] Construiremos un canal de ingresos liderado por socios que aportará {$share} del ARR total en {$years} años, asociándonos con {$types} que atienden a {$icps} en {$markets}.
}
s_thesis_models = Priorizaremos los modelos {$models}.
s_thesis_models_because = Priorizaremos los modelos {$models}: {$reasons}.
s_thesis_model_because = {$model}, porque {$because}
s_thesis_reason_sep = {"; "}
s_thesis_mechanism = El crecimiento liderado por socios acelera nuestra penetración de mercado mediante {$mechanism}.
s_thesis_adjacent = Los socios de producto amplían el alcance de nuestra plataforma a {$adjacent}.
s_thesis_measured = El programa se medirá por: {$north_star}.
s_range_up_to = hasta { $max }
s_found_tags = { $n ->
    [one] una etiqueta que coincide con { $glob }
   *[other] { $n } etiquetas que coinciden con { $glob }
}
s_found_no_tag = ninguna etiqueta que coincida con { $glob }
s_found_quarters = los últimos { $asked } cierres de trimestre
s_found_some_quarters = { $n } de los últimos { $asked } cierres de trimestre (el directorio de contenido no tiene commits antes de los demás)
s_found_no_quarters = ningún commit del directorio de contenido antes de los últimos { $asked } cierres de trimestre
s_found_nothing = ninguna instantánea
s_snapshot_now = hoy
s_note_shallow = el repositorio es un clon superficial, así que pueden faltar revisiones antiguas (git fetch --unshallow --tags las trae)
s_note_tag_how_to = etiquete el commit de cada reunión del consejo, por ejemplo git tag { $example }, para convertirlo en una instantánea
# the horizon as the thesis statement writes it (marked on the thesis page)
s_thesis_years = { $n ->
    [one] {$n} año
   *[other] {$n} años
}

## Distancia al siguiente nivel (render::distance)
s_req_pipeline = Pipeline anual
s_req_certified_individuals = Personas certificadas
s_req_dedicated_practice = Práctica dedicada
s_req_joint_business_plan = Plan de negocio conjunto
s_req_qbr = Revisiones de negocio trimestrales
s_req_named_pam = PAM designado en el partner
s_req_gtm_activities = Actividades GTM conjuntas al año
s_req_yes = Sí
s_req_no = No
s_req_at_least = al menos {$n}
s_req_not_recorded = sin registrar
s_req_met = Cumplido
s_req_missing = Falta
s_dist_missing_pipeline = {$amount} de pipeline
s_dist_missing_certified = { $n ->
    [one] {$n} persona certificada
   *[other] {$n} personas certificadas
}
s_dist_missing_gtm = { $n ->
    [one] {$n} actividad GTM al año
   *[other] {$n} actividades GTM al año
}
s_dist_missing_dedicated_practice = una práctica dedicada
s_dist_missing_qbr = un compromiso de QBR
s_dist_missing_named_pam = un PAM designado
s_dist_missing_joint_plan = un plan de negocio conjunto firmado (ahora: {$now})
s_dist_top = {$tier} es el nivel más alto: no hay ninguno por encima.
s_dist_nothing = {$tier} no exige nada más allá del acuerdo de partner.
s_dist_meets = Cumple los {$n} requisitos del nivel {$tier}.
s_dist_short = {$met} de {$n} requisitos del nivel {$tier} cumplidos; faltan: {$missing}.
